#pragma once

#include <QProgressDialog>

namespace caseload {

class ImportController;

/// The progress of an ImportController's imports, with a Cancel button. Appears only when a job
/// takes longer than a moment; it is not modal, so that more files can be dropped meanwhile (they
/// queue). Cancel stops the running import (which leaves the store as it was) and drops the queue.
class ImportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(ImportController *controller, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(const QString &description, bool reading);
    void advance(int permille);
    void retranslate();

    bool m_cancelling = false;
    bool m_reading = false; ///< the running job reads the store's cases (title "Opening"), not an import
};

} // namespace caseload

#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace caseload {

/// Base of the dashboard panels: shows either its content or, when there is nothing to draw (no
/// data yet, still loading, loading failed), one clear message centred in the panel.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    /// Replaces the content by `message` until showContent() is called.
    void showMessage(const QString &message);
    void showContent();

    bool isShowingMessage() const;
    /// Gives `label` the look of a panel's message: plain text, centred, wrapped, a little larger, in
    /// the placeholder colour. Pages that manage their own message label use it too.
    static void styleMessage(QLabel *label);
    /// The message shown, empty while the content is shown.
    QString message() const;

protected:
    /// Sets the content widget (taking ownership); subclasses call it once from their constructor.
    void setContent(QWidget *content);

private:
    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace caseload

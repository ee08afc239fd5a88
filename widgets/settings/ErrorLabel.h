#pragma once

#include <QLabel>

namespace caseload {

/// A label for inline error messages: plain text, wrapped, in the palette's "bad" colour (readable in
/// light and dark palettes), hidden while empty.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    /// Shows `message`; an empty one hides the label.
    void showMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
    bool m_colouring = false;
};

} // namespace caseload

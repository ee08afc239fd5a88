#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace caseload {

/// The one message the window shows when the connection to its database server is lost: "Lost the
/// connection to user@host/db." with the server's reason and a Reconnect button. Shown above the
/// dashboard, never as a modal dialog; a second loss while it is shown only updates it.
class ConnectionLostBar : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionLostBar(QWidget *parent = nullptr);

    /// Shows the bar for the server `displayName` with `detail` (the error; may be empty) and enables
    /// Reconnect. `neverConnected`: the window has not loaded this store yet ("Cannot connect to …").
    void showLost(const QString &displayName, const QString &detail, bool neverConnected = false);
    /// Reconnect was pressed: says so and disables the button until showLost() or hide().
    void setReconnecting();
    bool isReconnecting() const { return m_reconnecting; }

    QLabel *messageLabel() const { return m_message; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void reconnectRequested();
    /// "Connection settings…": the user wants to change how to connect (another password, host, ...).
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_message = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_edit = nullptr;
    QString m_displayName;
    QString m_detail;
    bool m_reconnecting = false;
    bool m_neverConnected = false;
};

} // namespace caseload

#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace caseload {

/// Where the passwords of server connections are remembered: the system keychain (KeychainVault), or a
/// stand-in in tests. Every call is asynchronous, as keychains are (one may ask the user to unlock it);
/// `done` runs later on the calling thread, and not at all once `context` is destroyed. Keys are server
/// locations without a password (ServerProfile::location()).
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    using Probed = std::function<void(bool available, const QString &reason)>;
    /// `found` false (and `password` empty) when nothing is stored under the key or on an error.
    using Read = std::function<void(bool found, const QString &password, const QString &error)>;
    using Written = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    /// Whether a keychain service can be used at all; `reason` (translated) says why not.
    virtual void probe(QObject *context, Probed done) = 0;
    virtual void read(const QString &key, QObject *context, Read done) = 0;
    virtual void write(const QString &key, const QString &password, QObject *context, Written done) = 0;
    /// Deleting a key that holds nothing succeeds.
    virtual void remove(const QString &key, QObject *context, Written done) = 0;
};

} // namespace caseload

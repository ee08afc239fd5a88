#pragma once

#include "PasswordVault.h"

namespace caseload {

/// The system keychain through QtKeychain (Secret Service or KWallet on Linux, the Keychain on macOS,
/// the Credential Store on Windows), service "Caseload". Where none runs (a headless machine, CI)
/// probe() reports it unavailable and every call fails with QtKeychain's reason.
class KeychainVault : public PasswordVault
{
    Q_OBJECT

public:
    explicit KeychainVault(QObject *parent = nullptr);

    void probe(QObject *context, Probed done) override;
    void read(const QString &key, QObject *context, Read done) override;
    void write(const QString &key, const QString &password, QObject *context, Written done) override;
    void remove(const QString &key, QObject *context, Written done) override;
};

} // namespace caseload

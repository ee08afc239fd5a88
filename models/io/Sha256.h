#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace caseload {

/// Incremental SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions
/// where it has them (several times faster than QCryptographicHash in Qt 6.4, which matters when a
/// 200 MB export is hashed while it is imported).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The 32-byte digest of everything added; the object must not be used afterwards.
    QByteArray result();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload

#pragma once

#include <QString>

namespace caseload {

/// A process-wide, thread-safe registry of PostgreSQL passwords, kept in memory only (never written to
/// disk or settings), so that a worker thread can open its own Store on a server location whose password
/// the user typed once. Keys are locations without password, as Store::location() gives them; a URL that
/// carries a password is reduced to that form first. Store::open of a server URL without a password uses
/// the remembered one; without one libpq's ~/.pgpass or PGPASSWORD serve as before.
class ServerCredentials
{
public:
    /// Remembers `password` for `location` (replacing an earlier one); an empty password forgets it.
    static void remember(const QString &location, const QString &password);
    /// Drops the password remembered for `location`, if any.
    static void forget(const QString &location);
    /// The password remembered for `location`; empty when there is none.
    static QString password(const QString &location);

    /// `location` as registry key: a server URL without its password, anything else unchanged.
    static QString key(const QString &location);

    ServerCredentials() = delete;
};

} // namespace caseload

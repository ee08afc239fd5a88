#pragma once

#include "ServerProfile.h"

#include <QString>

#include <optional>

namespace caseload {

/// libpq's password file (`$PGPASSFILE`, else `~/.pgpass`): lines `host:port:database:user:password`,
/// `*` matching anything, `:` and `\` escaped with `\`, the first matching line winning, ignored by libpq
/// unless only its owner may read it. The fallback for remembering a password where no system keychain
/// runs: every libpq client (psql, Caseload's worker threads) then finds it by itself.
class PgPassFile
{
public:
    /// `$PGPASSFILE` when set, otherwise `.pgpass` in the home directory.
    static QString defaultPath();

    explicit PgPassFile(const QString &path = defaultPath());

    QString path() const { return m_path; }
    /// The password libpq would take from the file for `profile`'s connection; nullopt when no line
    /// matches or the file cannot be read.
    std::optional<QString> password(const ServerProfile &profile) const;
    /// Puts the line for exactly `profile`'s host, port, database and user first (so that no wildcard
    /// line above it wins), dropping an older line for the same four, keeping every other line, and
    /// leaves the file readable and writable by its owner alone. False with a translated `error` when
    /// the file cannot be written.
    bool store(const ServerProfile &profile, const QString &password, QString *error) const;

    /// One field escaped as the file wants it.
    static QString escaped(const QString &field);

private:
    QString m_path;
};

} // namespace caseload

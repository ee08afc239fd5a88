#pragma once

#include <QString>

#include <optional>

namespace caseload {

/// The connection to a PostgreSQL server as the connection dialog edits it, without the password:
/// host, port, database, user and TLS mode, under a name the user chose. It turns into the location
/// Store::open takes (`postgresql://user@host:port/db?sslmode=...`) and back.
struct ServerProfile
{
    /// libpq's `sslmode`: what TLS the connection insists on.
    enum class SslMode {
        Disable, ///< never TLS
        Prefer, ///< TLS when the server offers it (libpq's default; not written into the URL)
        Require, ///< TLS or no connection, without checking the server's certificate
        VerifyFull, ///< TLS with the certificate checked against the root certificates and the host name
    };

    static constexpr int DefaultPort = 5432;

    QString name; ///< the profile's name in the dialog; not part of the location
    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    SslMode sslMode = SslMode::Prefer;

    /// The server URL without a password, every part percent-encoded (user and database names may hold
    /// `@`, `:`, `/`, spaces or Chinese), an IPv6 host in brackets, the port always written, and
    /// `?sslmode=` unless the mode is Prefer. Empty when host or database is missing.
    QString location() const;
    /// The same with `password` in it, for a connection made right away; never to be shown or stored.
    QString locationWithPassword(const QString &password) const;
    /// "user@host/database" (":port" after the host when it is not 5432): what the window shows.
    QString displayName() const;

    /// The profile (without a name) of a server location; nullopt for an SQLite path or a URL that does
    /// not parse. A password in the URL is ignored; an unknown sslmode reads as Prefer.
    static std::optional<ServerProfile> fromLocation(const QString &location);
    /// displayName() of a server location; `location` itself for anything else.
    static QString displayName(const QString &location);

    /// The `sslmode` keyword of a mode ("disable", "prefer", "require", "verify-full").
    static QString sslModeKey(SslMode mode);
    /// The mode of a keyword; nullopt for one this dialog does not offer.
    static std::optional<SslMode> sslModeFromKey(const QString &key);

    /// The connection (not the name) is the same.
    bool sameConnection(const ServerProfile &other) const;
};

} // namespace caseload

/// What a password typed for a new login may not be: a hash that PostgreSQL would store as is.
///
/// PostgreSQL takes a `PASSWORD` value shaped like a SCRAM-SHA-256 verifier
/// (`SCRAM-SHA-256$4096:…`) or an MD5 hash (`md5` and 32 hexadecimal digits) as already hashed:
/// whoever holds such a value copied from another server or a dump could log in without ever
/// knowing the password. masante hashes every password itself, so such a value is refused.
///
/// ```swift
/// try PasswordText.check("SCRAM-SHA-256$4096:abc$def:ghi")   // FieldError
/// ```
public enum PasswordText {
    /// Throws a French ``FieldError`` when `password` looks like a stored hash.
    public static func check(_ password: String) throws(FieldError) {
        if password.uppercased().hasPrefix("SCRAM-SHA-256$") {
            throw FieldError(
                "ce mot de passe est une empreinte SCRAM-SHA-256 (« SCRAM-SHA-256$… ») : donnez le mot de passe lui-même, masante le chiffre"
            )
        }
        let hex = password.dropFirst(3)
        if password.lowercased().hasPrefix("md5"), hex.count == 32, hex.allSatisfy(\.isHexDigit) {
            throw FieldError(
                "ce mot de passe est une empreinte MD5 (« md5… ») : donnez le mot de passe lui-même, masante le chiffre"
            )
        }
    }
}

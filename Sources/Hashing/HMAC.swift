/// HMAC-SHA-256 (RFC 2104; test vectors in RFC 4231): a keyed digest, for signing values such as session cookies.
public enum HMAC {
    /// The authentication code of `message` under `key`.
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        KeyedHash(key: key).code(message)
    }
}

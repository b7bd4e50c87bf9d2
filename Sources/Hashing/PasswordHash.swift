/// A stored password: PBKDF2-HMAC-SHA-256 with its parameters, kept as one text
/// `pbkdf2-sha256$ROUNDS$SALT$KEY` (salt and key in hex), so that the rounds can be raised later and an old hash
/// upgraded at the next sign-in (``needsUpgrade``).
public struct PasswordHash: Sendable, Equatable, CustomStringConvertible {
    /// The rounds OWASP's Password Storage Cheat Sheet recommends for PBKDF2-HMAC-SHA256 today.
    public static let currentRounds = 600_000
    /// Bytes of salt and of derived key.
    static let saltSize = 16, keySize = 32

    public let rounds: Int
    public let salt: [UInt8]
    public let key: [UInt8]

    /// The hash of a password under a fresh random salt.
    public static func make(_ password: String, rounds: Int = currentRounds) throws(SecureRandom.Failure)
        -> PasswordHash
    {
        let salt = try SecureRandom.bytes(saltSize)
        return PasswordHash(rounds: rounds, salt: salt, key: derive(password, salt: salt, rounds: rounds))
    }

    /// A stored hash read back; nil for text that is not one (an unknown scheme, rounds out of range, bad hex).
    public init?(stored: String) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]),
            (1...10_000_000).contains(rounds),
            let salt = Hex.decode(String(parts[2])), !salt.isEmpty, let key = Hex.decode(String(parts[3])),
            key.count == Self.keySize
        else { return nil }
        self.init(rounds: rounds, salt: salt, key: key)
    }

    private init(rounds: Int, salt: [UInt8], key: [UInt8]) {
        (self.rounds, self.salt, self.key) = (rounds, salt, key)
    }

    /// The text to store.
    public var description: String { "pbkdf2-sha256$\(rounds)$\(Hex.encode(salt))$\(Hex.encode(key))" }

    /// Whether `password` is the one hashed, compared in constant time.
    public func verifies(_ password: String) -> Bool {
        ConstantTime.equal(Self.derive(password, salt: salt, rounds: rounds), key)
    }

    /// Hashed with fewer rounds than `rounds` (today's, by default): rehash at the next successful sign-in.
    public func needsUpgrade(to rounds: Int = currentRounds) -> Bool { self.rounds < rounds }

    /// A hash of no one's password, to check an unknown user's password against, so that the answer takes as long
    /// as for a known user's (no user enumeration by time).
    public static func decoy(rounds: Int = currentRounds) -> PasswordHash {
        PasswordHash(
            rounds: rounds, salt: [UInt8](repeating: 0x5a, count: saltSize), key: [UInt8](repeating: 0, count: keySize))
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) -> [UInt8] {
        PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: rounds, length: keySize)
            ?? [UInt8](repeating: 0, count: keySize)
    }
}

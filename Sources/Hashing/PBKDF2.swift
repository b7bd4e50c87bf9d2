/// PBKDF2 with HMAC-SHA-256 (RFC 8018 section 5.2; test vectors in RFC 7914 section 11): a slow, salted key
/// derivation for storing passwords.
public enum PBKDF2 {
    /// `length` bytes derived from `password` and `salt` by `iterations` rounds of HMAC-SHA-256. Nil for parameters
    /// outside what a password store needs (no iterations, no output, or more than 32 blocks), so that no input traps.
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8]? {
        guard iterations > 0, length > 0, length <= 32 * SHA256.digestSize else { return nil }
        let mac = KeyedHash(key: password)
        var derived: [UInt8] = []
        derived.reserveCapacity(length)
        var block: UInt32 = 1
        while derived.count < length {
            let index = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: block >> UInt32($0)) }
            var round = KeyedHash.words(mac.code(salt + index))
            var sum = round
            for _ in 1..<iterations {
                round = mac.code(words: round)
                sum ^= round
            }
            derived += SHA256.bytes(sum).prefix(length - derived.count)
            block += 1
        }
        return derived
    }
}

/// HMAC-SHA-256 under one key, with the key's inner and outer blocks hashed once: each code then costs two blocks,
/// not four (what makes many rounds of PBKDF2 affordable).
struct KeyedHash {
    private let inner: SHA256, outer: SHA256

    init(key: [UInt8]) {
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: SHA256.blockSize - block.count)
        var inner = SHA256(), outer = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        outer.update(block.map { $0 ^ 0x5c })
        (self.inner, self.outer) = (inner, outer)
    }

    /// The authentication code of a message (what ``HMAC/sha256(key:message:)`` returns).
    func code(_ message: [UInt8]) -> [UInt8] {
        var inner = self.inner, outer = self.outer
        inner.update(message)
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The code of a 32-byte message given and returned as eight words (every PBKDF2 round after the first): two
    /// compressions, no allocation.
    func code(words message: SIMD8<UInt32>) -> SIMD8<UInt32> {
        guard let digest = inner.state(afterOneBlockAnd: message), let code = outer.state(afterOneBlockAnd: digest)
        else {
            preconditionFailure("the key's blocks were hashed when the keyed hash was made")
        }
        return code
    }

    /// A 32-byte digest as eight big-endian words.
    static func words(_ digest: [UInt8]) -> SIMD8<UInt32> {
        var words = SIMD8<UInt32>()
        for index in 0..<8 {
            words[index] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(digest[index * 4 + $1]) }
        }
        return words
    }
}

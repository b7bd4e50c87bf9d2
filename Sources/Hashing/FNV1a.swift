/// FNV-1a, 64 bits: a fast hash that is not cryptographic — for cache keys and entity tags, never for secrets.
public enum FNV1a {
    /// The 64-bit FNV-1a hash of `bytes`.
    public static func hash64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A strong HTTP entity tag of `bytes` (RFC 9110 section 8.8.3): their hash in hex, quoted. The one function
    /// behind every `ETag` hrap sends and every `If-Match` it compares.
    public static func entityTag<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        "\"" + Hex.encode(withUnsafeBytes(of: hash64(bytes).bigEndian) { Array($0) }) + "\""
    }
}

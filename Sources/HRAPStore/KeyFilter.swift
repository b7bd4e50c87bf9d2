import HRAPCore

/// The keys an import has written, as one bit per hash in fixed memory (2 MiB): it may say "perhaps" of a key it does
/// not hold (then the store is asked), but never "no" of one it holds. A bulk import into a plan that held no values
/// asks the store only about the keys it may have written already, instead of about every row.
struct KeyFilter {
    private static let wordCount = 1 << 18
    private var words = [UInt64](repeating: 0, count: wordCount)

    /// Adds a key, by its ``MeasurementKey/filterHash``.
    mutating func insert(_ hash: UInt64) {
        words[Self.word(hash)] |= Self.bit(hash)
    }

    /// False when the key was never added; true when it was, and now and then when it was not.
    func mayContain(_ hash: UInt64) -> Bool {
        words[Self.word(hash)] & Self.bit(hash) != 0
    }

    private static func word(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 6) & (wordCount - 1) }
    private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }
}

extension MeasurementKey {
    /// A hash of the key for a ``KeyFilter``: FNV-1a over the indicator's bytes and the dates' parts, then mixed
    /// (MurmurHash3's finaliser), several times cheaper per row than `Hasher`'s keyed hash of the whole key.
    var filterHash: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ value: UInt64) { hash = (hash ^ value) &* 0x0000_0100_0000_01B3 }
        for byte in indicator.utf8 { add(UInt64(byte)) }
        for date in [periodStart, date] {
            guard let date else { add(0xFF); continue }
            add(UInt64(truncatingIfNeeded: date.year)); add(UInt64(date.month)); add(UInt64(date.day))
            add(UInt64(date.precision.rawValue))
        }
        var groups: UInt64 = 0
        for (ground, group) in disaggregation {
            groups ^= UInt64(truncatingIfNeeded: ground.hashValue &* 31 &+ group.hashValue)
        }
        add(groups)
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}

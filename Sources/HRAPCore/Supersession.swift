/// The one rule for which version of a key counts, wherever versions are kept (measurements, progress updates,
/// ratings, follow-up ratings, the city's responses) and whoever asks (the database's queries, a plan file's facts,
/// a sheet's ratings).
///
/// A version supersedes another of the same key when it was recorded later; of two versions recorded at the same
/// instant, the one stored later (the higher row id, or the later position in a file) supersedes. A version without a
/// recording time counts as recorded before any time. The database's query for current rows
/// (`RecordTable.currentCondition`) states the same rule in SQL; a differential test keeps the two equal.
public enum Supersession {
    /// When a version was recorded and where it was stored.
    public struct Stamp: Comparable, Sendable {
        /// The recording time; nil sorts before every time.
        public let recordedAt: Timestamp?
        /// The storage order: the row id, or the position in a file.
        public let sequence: Int64

        /// Creates a stamp.
        public init(recordedAt: Timestamp?, sequence: Int64) {
            self.recordedAt = recordedAt
            self.sequence = sequence
        }

        public static func < (lhs: Stamp, rhs: Stamp) -> Bool {
            let left = lhs.recordedAt?.secondsSince1970 ?? .min, right = rhs.recordedAt?.secondsSince1970 ?? .min
            return (left, lhs.sequence) < (right, rhs.sequence)
        }
    }

    /// Whether the version stamped `newer` supersedes the version stamped `older` of the same key.
    public static func supersedes(_ newer: Stamp, _ older: Stamp) -> Bool {
        newer > older
    }

    /// For each version, whether it is the current one of its key. The storage order is `sequence` (a row id), or
    /// the position in `versions` when it is nil.
    public static func currentFlags<Version, Key: Hashable>(
        _ versions: [Version], key: (Version) -> Key, recordedAt: (Version) -> Timestamp?,
        sequence: ((Version) -> Int64)? = nil
    ) -> [Bool] {
        var newest: [Key: (index: Int, stamp: Stamp)] = [:]
        newest.reserveCapacity(versions.count)
        for (index, version) in versions.enumerated() {
            let stamp = Stamp(recordedAt: recordedAt(version), sequence: sequence?(version) ?? Int64(index))
            let key = key(version)
            if let held = newest[key], !supersedes(stamp, held.stamp) { continue }
            newest[key] = (index, stamp)
        }
        var flags = Array(repeating: false, count: versions.count)
        for (index, _) in newest.values { flags[index] = true }
        return flags
    }

    /// The current version of each key, in the order the versions were given.
    public static func current<Version, Key: Hashable>(
        _ versions: [Version], key: (Version) -> Key, recordedAt: (Version) -> Timestamp?
    ) -> [Version] {
        zip(versions, currentFlags(versions, key: key, recordedAt: recordedAt)).compactMap { $1 ? $0 : nil }
    }
}

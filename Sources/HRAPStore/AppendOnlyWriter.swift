import HRAPCore
import JSONCoding
import SQLiteStore

/// The one path by which versions are appended to an append-only table: measurements and progress updates (one at a
/// time, from spreadsheets and from plan files), ratings and follow-up ratings, and the city's responses.
///
/// The caller passes in what differs between them: the key versions share, the "same content" test, how a version is
/// stamped and inserted, and the form of the audit trail. The writer applies the rules they share:
/// - a version that carries its recording time is history: added when that key has nothing recorded at that time,
///   unchanged when the same version is, refused when a different one is (history is never rewritten);
/// - any other version is unchanged when it says the same as the current version of its key; otherwise it is stamped
///   with the author and the time and appended, superseding the current version (``Supersession``), unless the current
///   version was recorded after that time (a clock set wrong would make the correction lose).
struct AppendOnlyWriter<Version, Key: Hashable> {
    /// How the writer leaves its audit trail.
    enum AuditForm {
        /// One audit row per appended version, whose `before` is the version it supersedes.
        case perVersion(entity: String, label: (Version) -> String, encode: (Version) -> JSONValue)
        /// One audit row for the whole batch, with the counts and the range of row ids written.
        case batch(entity: String, source: String)
    }

    /// What appending one version did.
    enum Outcome: Equatable {
        /// Stored; `corrects` when it superseded an earlier version of its key.
        case appended(corrects: Bool)
        /// The same was stored already; nothing written.
        case unchanged
        /// Refused, for the reason given; nothing written for this version.
        case conflict(String)
    }

    private struct RecordedKey: Hashable {
        let key: Key
        let at: Timestamp
    }

    let db: Database
    let plan: PlanRef
    let author: Authorship
    let recordedAt: (Version) -> Timestamp?
    let sameContent: (Version, Version) -> Bool
    /// The version with the author and the author's time filled in where it has none.
    let stamp: (Version) throws -> Version
    /// Inserts one version's row.
    let insert: (Version) throws -> Void
    let audit: AuditForm
    /// What the store holds for a version's key: the current version with its stamp, and the version recorded at
    /// the time asked for (nil when no time is asked).
    typealias Stored = (current: (version: Version, stamp: Supersession.Stamp)?, atTime: Version?)
    /// Where the writer finds what is stored for a version's key.
    private enum Versions {
        /// In the versions it holds, by the key `key` works out.
        case held(key: (Version) -> Key)
        /// In the database, asked for each version (the initializer with `lookup`).
        case lookedUp((Version, Timestamp?) throws -> Stored)
    }

    private let versions: Versions
    private var current: [Key: (version: Version, stamp: Supersession.Stamp)] = [:]
    /// Stored versions by key and recording time, kept only when the input may carry history (`acceptsHistory`).
    private var recorded: [RecordedKey: Version]?
    private var firstID: Int64?
    /// Versions appended (of which corrections) and left unchanged so far.
    private(set) var appended = 0, corrections = 0, unchanged = 0

    /// A writer over the versions stored so far (every version, or at least the current one of each key), each with
    /// its storage order (row id), with room for `expected` new keys. `acceptsHistory` says whether input versions may
    /// carry their own recording time and repeat a key (plan files, single records); a writer without it is given each
    /// key at most once and no history (spreadsheets, whose repeated rows are refused before, ratings, responses), so
    /// it keeps no index of history and need not remember what it wrote.
    init(
        db: Database, plan: PlanRef, author: Authorship, stored: [(sequence: Int64, version: Version)],
        expected: Int = 0,
        acceptsHistory: Bool,
        key: @escaping (Version) -> Key, recordedAt: @escaping (Version) -> Timestamp?,
        sameContent: @escaping (Version, Version) -> Bool, stamp: @escaping (Version) throws -> Version,
        insert: @escaping (Version) throws -> Void, audit: AuditForm
    ) {
        (self.db, self.plan, self.author, versions, self.recordedAt) = (db, plan, author, .held(key: key), recordedAt)
        (self.sameContent, self.stamp, self.insert, self.audit) = (sameContent, stamp, insert, audit)
        recorded = acceptsHistory ? [:] : nil
        current.reserveCapacity(stored.count + expected)
        for (sequence, version) in stored {
            let key = key(version)
            remember(version, key: key, at: recordedAt(version), sequence: sequence, over: current[key]?.stamp)
        }
    }

    /// A writer that looks up what the store holds for each key as it comes (`lookup`, on the key index: the current
    /// version, and the one recorded at a version's own recording time) instead of holding every version, so memory
    /// does not grow with the plan's values; the input may carry history and repeat keys, since what it wrote is in
    /// the store.
    init(
        db: Database, plan: PlanRef, author: Authorship, lookup: @escaping (Version, Timestamp?) throws -> Stored,
        recordedAt: @escaping (Version) -> Timestamp?,
        sameContent: @escaping (Version, Version) -> Bool, stamp: @escaping (Version) throws -> Version,
        insert: @escaping (Version) throws -> Void, audit: AuditForm
    ) {
        (self.db, self.plan, self.author, versions, self.recordedAt) = (db, plan, author, .lookedUp(lookup), recordedAt)
        (self.sameContent, self.stamp, self.insert, self.audit) = (sameContent, stamp, insert, audit)
    }

    /// Appends one version unless it is unchanged or refused.
    mutating func append(_ version: Version) throws -> Outcome {
        let at = recordedAt(version), stored = try self.stored(for: version, at: at)
        let held = stored.current
        if let at {
            if let same = stored.atTime {
                if sameContent(same, version) { return countUnchanged() }
                return .conflict(
                    "differs from the value recorded at \(at); history cannot be rewritten: "
                        + "omit recorded_at to record a correction")
            }
            try write(version, at: at, held: held)
        } else {
            if let held, sameContent(held.version, version) { return countUnchanged() }
            if let time = held?.stamp.recordedAt, time > author.time {
                return .conflict(
                    "the current value was recorded at \(time), after this correction's time \(author.time); "
                        + "a correction must be newer than what it supersedes: check the computer's clock")
            }
            try write(try stamp(version), at: author.time, held: held)
        }
        appended += 1
        if held != nil { corrections += 1 }
        return .appended(corrects: held != nil)
    }

    /// What is stored for the version's key: looked up in the database, or held (the key is worked out only then).
    private func stored(for version: Version, at: Timestamp?) throws -> Stored {
        let key: Key
        switch versions {
        case .lookedUp(let lookup): return try lookup(version, at)
        case .held(let keyOf): key = keyOf(version)
        }
        guard let at else { return (current[key], nil) }
        guard let recorded else { preconditionFailure("this writer's input carries no history") }
        return (current[key], recorded[RecordedKey(key: key, at: at)])
    }

    /// Writes the batch's audit row when anything was appended (``AuditForm/batch(entity:source:)``).
    func finish(counts: [(String, Int)]) throws {
        guard case .batch(let entity, let source) = audit, let firstID else { return }
        try AuditLog.recordImport(
            db, entity: entity, plan: plan, source: source, counts: counts, firstID: firstID, by: author)
    }

    private mutating func countUnchanged() -> Outcome {
        unchanged += 1
        return .unchanged
    }

    private mutating func write(
        _ version: Version, at: Timestamp, held: (version: Version, stamp: Supersession.Stamp)?
    ) throws {
        try insert(version)
        let id = db.lastInsertedRowID
        firstID = firstID ?? id
        if case .perVersion(let entity, let label, let encode) = audit {
            try AuditLog.record(
                db, .append, entity: entity, id: id, plan: plan.code, label: label(version),
                before: held.map { encode($0.version) },
                after: encode(version), by: author)
        }
        if recorded != nil, case .held(let key) = versions {
            remember(version, key: key(version), at: at, sequence: id, over: held?.stamp)
        }
    }

    private mutating func remember(
        _ version: Version, key: Key, at: Timestamp?, sequence: Int64, over held: Supersession.Stamp?
    ) {
        if let at, recorded != nil { recorded?[RecordedKey(key: key, at: at)] = version }
        let stamp = Supersession.Stamp(recordedAt: at, sequence: sequence)
        if let held, !Supersession.supersedes(stamp, held) { return }
        current[key] = (version, stamp)
    }
}

extension RecommendationResponse {
    /// Whether two responses say the same thing, whoever recorded them and when.
    static func sameContent(_ first: RecommendationResponse, _ second: RecommendationResponse) -> Bool {
        var (a, b) = (first, second)
        (a.recordedAt, a.recordedBy, b.recordedAt, b.recordedBy) = (nil, nil, nil, nil)
        return a == b
    }
}

extension Measurement {
    /// Whether two measurements say the same thing, whoever recorded them and when: every field but the recording
    /// time and author compared as values (what ``RecordTable/hasSameContent(_:_:)`` compares through JSON, without
    /// encoding each row twice).
    static func sameContent(_ first: Measurement, _ second: Measurement) -> Bool {
        var (a, b) = (first, second)
        (a.recordedAt, a.recordedBy, b.recordedAt, b.recordedBy) = (nil, nil, nil, nil)
        return a == b
    }
}

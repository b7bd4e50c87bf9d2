import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Stores a new browser session (the hash of its cookie only) with an audit row naming who signed in and how.
    public func createSession(_ session: StoredSession, label: String, by author: Authorship) throws -> StoredSession {
        try writing { db in
            try db.run(
                """
                INSERT INTO sessions (hash, account, token_hash, csrf, method, client, created_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(session.hash), session.account.map(SQLiteValue.integer) ?? .null,
                    session.tokenHash.map(SQLiteValue.text) ?? .null, .text(session.csrf), .text(session.method),
                    .text(session.client), .text(session.created.description), .text(session.lastSeen.description),
                ])
            var stored = session
            stored.id = db.lastInsertedRowID
            try AuditLog.record(
                db, .create, entity: "session", id: stored.id, plan: nil, label: label, before: nil,
                after: Self.json(stored), by: author)
            return stored
        }
    }

    /// The session with this cookie hash, if any (ended ones too: the caller decides).
    public func session(hash: String) throws -> StoredSession? {
        try reading { db in try Self.sessions(db, where: "hash = ?", [.text(hash)]).first }
    }

    /// The sessions not ended of one account, or of every account (nil), newest first.
    public func openSessions(account: Int64?) throws -> [StoredSession] {
        try reading { db in
            guard let account else { return try Self.sessions(db, where: "ended_at IS NULL", []) }
            return try Self.sessions(db, where: "ended_at IS NULL AND account = ?", [.integer(account)])
        }
    }

    /// Moves a session's last use: bookkeeping for the idle limit, not a change of any record, so not audited.
    public func touchSession(_ id: Int64, at time: Timestamp) throws {
        try writing { db in
            try db.run("UPDATE sessions SET last_seen_at = ? WHERE id = ?", [.text(time.description), .integer(id)])
        }
    }

    /// Ends sessions (those already ended are left alone), each with an audit row; returns how many ended.
    @discardableResult
    public func endSessions(_ sessions: [StoredSession], label: String, by author: Authorship) throws -> Int {
        try writing { db in
            var ended = 0
            for session in sessions where session.ended == nil {
                try db.run(
                    "UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                    [.text(author.time.description), .integer(session.id)])
                guard db.changes == 1 else { continue }
                var after = session
                after.ended = author.time
                try AuditLog.record(
                    db, .update, entity: "session", id: session.id, plan: nil, label: label,
                    before: Self.json(session), after: Self.json(after), by: author)
                ended += 1
            }
            return ended
        }
    }

    private static func json(_ session: StoredSession) -> JSONValue {
        .object([
            ("method", .string(session.method)), ("client", .string(session.client)),
            ("created_at", .string(session.created.description)),
            ("ended_at", session.ended.map { .string($0.description) } ?? .null),
        ])
    }

    private static func sessions(_ db: Database, where condition: String, _ arguments: [SQLiteValue]) throws
        -> [StoredSession]
    {
        var found: [StoredSession] = []
        try db.forEachRow(
            """
            SELECT id, hash, account, token_hash, csrf, method, client, created_at, last_seen_at, ended_at
            FROM sessions WHERE \(condition) ORDER BY id DESC
            """, arguments
        ) { row in
            guard let created = row.text(at: 7).flatMap(Timestamp.init),
                let lastSeen = row.text(at: 8).flatMap(Timestamp.init)
            else { throw StoreError.corrupt("a session's times") }
            var session = StoredSession(
                hash: row.text(at: 1) ?? "", account: row.integer(at: 2), tokenHash: row.text(at: 3),
                csrf: row.text(at: 4) ?? "", method: row.text(at: 5) ?? "", client: row.text(at: 6) ?? "",
                created: created)
            (session.id, session.lastSeen, session.ended) = (
                row.integer(at: 0) ?? 0, lastSeen, row.text(at: 9).flatMap(Timestamp.init)
            )
            found.append(session)
        }
        return found
    }
}

extension PlanStore {
    /// An audit row for an event that changes no record (a sign-in lockout): entity, label and details.
    public func recordEvent(entity: String, label: String, details: JSONValue, by author: Authorship) throws {
        try writing { db in
            try AuditLog.record(
                db, .create, entity: entity, id: 0, plan: nil, label: label, before: nil, after: details, by: author)
        }
    }
}

import HRAPCore
import SQLiteStore

extension PlanStore {
    /// Stores a new token (its hash only) with an audit row that names it but holds no secret.
    public func createToken(_ token: AccessToken, by author: Authorship) throws -> AccessToken {
        try writing { db in
            if try db.scalar("SELECT 1 FROM access_tokens WHERE name = ?", [.text(token.name)]) != nil {
                throw StoreError.duplicate(entity: "token", code: token.name)
            }
            if let government = token.government {
                guard try db.scalar("SELECT 1 FROM governments WHERE code = ?", [.text(government)]) != nil else {
                    let known = try Government.table.fetchAll(db, plan: nil).map(\.record.code)
                    throw StoreError.notFound(entity: "government", code: government, known: known)
                }
            }
            try db.run(
                """
                INSERT INTO access_tokens (name, role, government, reviewer, hash, expires_at, created_at, created_by,
                  owner)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM accounts WHERE username = ?))
                """,
                [
                    .text(token.name), .text(token.role), token.government.map(SQLiteValue.text) ?? .null,
                    token.reviewer.map(SQLiteValue.text) ?? .null, .text(token.hash),
                    token.expires.map { .text($0.description) } ?? .null, .text(token.created.description),
                    .text(token.createdBy), token.owner.map(SQLiteValue.text) ?? .null,
                ])
            var stored = token
            stored.id = db.lastInsertedRowID
            try AuditLog.record(
                db, .create, entity: "token", id: stored.id, plan: nil, label: token.name, before: nil,
                after: stored.json(),
                by: author)
            return stored
        }
    }

    /// Every token, revoked ones too, in the order they were created; only one person's when `owner` is given.
    public func tokens(owner: String? = nil) throws -> [AccessToken] {
        try reading { db in
            guard let owner else { return try Self.tokens(db, where: "1", []) }
            return try Self.tokens(db, where: "owner = (SELECT id FROM accounts WHERE username = ?)", [.text(owner)])
        }
    }

    /// The token with this hash, if any (revoked and expired ones too: the caller decides).
    public func token(hash: String) throws -> AccessToken? {
        try reading { db in try Self.tokens(db, where: "hash = ?", [.text(hash)]).first }
    }

    /// Revokes a token by name; revoking a revoked token is an error.
    public func revokeToken(_ name: String, by author: Authorship) throws -> AccessToken {
        try writing { db in
            guard var token = try Self.tokens(db, where: "name = ?", [.text(name)]).first else {
                throw StoreError.notFound(
                    entity: "token", code: name,
                    known: try Self.tokens(
                        db, where: "1",
                        []
                    ).map(\.name))
            }
            guard token.revoked == nil else { throw StoreError.alreadyRevoked(token: name) }
            try db.run(
                "UPDATE access_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ?",
                [.text(author.time.description), .text(author.actor), .integer(token.id)])
            let before = token.json()
            token.revoked = author.time
            token.revokedBy = author.actor
            try AuditLog.record(
                db, .update, entity: "token", id: token.id, plan: nil, label: name, before: before, after: token.json(),
                by: author)
            return token
        }
    }

    private static func tokens(
        _ db: Database, where condition: String,
        _ arguments: [SQLiteValue]
    ) throws -> [AccessToken] {
        var tokens: [AccessToken] = []
        try db.forEachRow(
            """
            SELECT id, name, role, government, reviewer, hash, expires_at, created_at, created_by, revoked_at,
              revoked_by, (SELECT username FROM accounts WHERE accounts.id = owner)
            FROM access_tokens WHERE \(condition) ORDER BY id
            """, arguments
        ) { row in
            guard let created = row.text(at: 7).flatMap(Timestamp.init) else {
                throw StoreError.corrupt("a token's created_at")
            }
            var token = AccessToken(
                name: row.text(at: 1) ?? "", role: row.text(at: 2) ?? "", government: row.text(at: 3),
                reviewer: row.text(at: 4), hash: row.text(at: 5) ?? "",
                expires: row.text(at: 6).flatMap { CalendarDate($0) },
                created: created, createdBy: row.text(at: 8) ?? "")
            token.id = row.integer(at: 0) ?? 0
            token.revoked = row.text(at: 9).flatMap(Timestamp.init)
            token.revokedBy = row.text(at: 10)
            token.owner = row.text(at: 11)
            tokens.append(token)
        }
        return tokens
    }
}

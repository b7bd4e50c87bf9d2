import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Stores a one-time link (its hash only) and withdraws the account's earlier unused links: only the newest
    /// invitation or reset works. Audited without the hash.
    public func createLink(_ link: AccountLink, label: String, by author: Authorship) throws -> AccountLink {
        try writing { db in
            try db.run(
                "UPDATE account_links SET used_at = ? WHERE account = ? AND used_at IS NULL",
                [.text(author.time.description), .integer(link.account)])
            try db.run(
                """
                INSERT INTO account_links (account, purpose, hash, created_at, created_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(link.account), .text(link.purpose.rawValue), .text(link.hash),
                    .text(link.created.description), .text(link.createdBy), .text(link.expires.description),
                ])
            var stored = link
            stored.id = db.lastInsertedRowID
            try AuditLog.record(
                db, .create, entity: "account_link", id: stored.id, plan: nil, label: label, before: nil,
                after: Self.json(stored), by: author)
            return stored
        }
    }

    /// The link with this hash, if any (used and expired ones too: the caller decides).
    public func link(hash: String) throws -> AccountLink? {
        try reading { db in
            var found: AccountLink?
            try db.forEachRow(
                """
                SELECT id, account, purpose, hash, created_at, created_by, expires_at, used_at FROM account_links
                WHERE hash = ?
                """, [.text(hash)]
            ) { row in
                guard let purpose = row.text(at: 2).flatMap(AccountLink.Purpose.init),
                    let created = row.text(at: 4).flatMap(Timestamp.init),
                    let expires = row.text(at: 6).flatMap(Timestamp.init)
                else { throw StoreError.corrupt("a link's purpose or times") }
                var link = AccountLink(
                    account: row.integer(at: 1) ?? 0, purpose: purpose, hash: row.text(at: 3) ?? "", created: created,
                    createdBy: row.text(at: 5) ?? "", expires: expires)
                (link.id, link.used) = (row.integer(at: 0) ?? 0, row.text(at: 7).flatMap(Timestamp.init))
                found = link
            }
            return found
        }
    }

    /// Marks a link used, with an audit row; a link is used once (the database refuses a second time).
    public func useLink(_ link: AccountLink, label: String, by author: Authorship) throws {
        try writing { db in
            try db.run(
                "UPDATE account_links SET used_at = ? WHERE id = ?",
                [.text(author.time.description), .integer(link.id)])
            var used = link
            used.used = author.time
            try AuditLog.record(
                db, .update, entity: "account_link", id: link.id, plan: nil, label: label, before: Self.json(link),
                after: Self.json(used), by: author)
        }
    }

    private static func json(_ link: AccountLink) -> JSONValue {
        .object([
            ("purpose", .string(link.purpose.rawValue)), ("expires_at", .string(link.expires.description)),
            ("used_at", link.used.map { .string($0.description) } ?? .null),
        ])
    }
}

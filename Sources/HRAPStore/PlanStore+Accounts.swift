import HRAPCore
import SQLiteStore

extension PlanStore {
    /// Stores a new account with its grants and an audit row (never the password hash). A user name is unique
    /// without regard to case; an officer's or a viewer's government must exist.
    public func createAccount(_ account: Account, by author: Authorship) throws -> Account {
        try writing { db in
            if try db.scalar("SELECT 1 FROM accounts WHERE username = ?", [.text(account.username)]) != nil {
                throw StoreError.duplicate(entity: "account", code: account.username)
            }
            try Self.checkGovernments(of: account, db)
            try db.run(
                """
                INSERT INTO accounts (username, display_name, state, password_hash, created_at, created_by,
                  changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(account.username), .text(account.displayName), .text(account.state.rawValue),
                    account.passwordHash.map(SQLiteValue.text) ?? .null, .text(author.time.description),
                    .text(author.actor), .text(author.time.description), .text(author.actor),
                ])
            var stored = account
            stored.id = db.lastInsertedRowID
            (stored.created, stored.createdBy, stored.changed, stored.changedBy) = (
                author.time, author.actor, author.time, author.actor
            )
            try Self.writeGrants(stored, db)
            try AuditLog.record(
                db, .create, entity: "account", id: stored.id, plan: nil, label: stored.username, before: nil,
                after: stored.json(), by: author)
            return stored
        }
    }

    /// Stores a changed account (name, state, grants, password hash) with an audit row of before and after.
    public func updateAccount(_ account: Account, by author: Authorship) throws -> Account {
        try writing { db in
            guard let before = try Self.accounts(db, where: "id = ?", [.integer(account.id)]).first else {
                throw StoreError.notFound(entity: "account", code: account.username, known: [])
            }
            try Self.checkGovernments(of: account, db)
            var changed = account
            (changed.changed, changed.changedBy) = (author.time, author.actor)
            try db.run(
                """
                UPDATE accounts SET display_name = ?, state = ?, password_hash = ?, changed_at = ?, changed_by = ?
                WHERE id = ?
                """,
                [
                    .text(changed.displayName), .text(changed.state.rawValue),
                    changed.passwordHash.map(SQLiteValue.text) ?? .null, .text(author.time.description),
                    .text(author.actor), .integer(changed.id),
                ])
            try db.run("DELETE FROM account_grants WHERE account = ?", [.integer(changed.id)])
            try Self.writeGrants(changed, db)
            try AuditLog.record(
                db, .update, entity: "account", id: changed.id, plan: nil, label: changed.username,
                before: before.json(), after: changed.json(), by: author)
            return changed
        }
    }

    /// Every account, by user name.
    public func accounts() throws -> [Account] {
        try reading { db in try Self.accounts(db, where: "1", []) }
    }

    /// The account with this user name (any case), if any.
    public func account(username: String) throws -> Account? {
        try reading { db in try Self.accounts(db, where: "username = ?", [.text(username)]).first }
    }

    /// The account with this id, if any.
    public func account(id: Int64) throws -> Account? {
        try reading { db in try Self.accounts(db, where: "id = ?", [.integer(id)]).first }
    }

    private static func checkGovernments(of account: Account, _ db: Database) throws {
        for government in account.grants.compactMap(\.government) {
            guard try db.scalar("SELECT 1 FROM governments WHERE code = ?", [.text(government)]) != nil else {
                let known = try Government.table.fetchAll(db, plan: nil).map(\.record.code)
                throw StoreError.notFound(entity: "government", code: government, known: known)
            }
        }
    }

    private static func writeGrants(_ account: Account, _ db: Database) throws {
        for (position, grant) in account.grants.enumerated() {
            try db.run(
                "INSERT INTO account_grants (account, position, role, government, reviewer) VALUES (?, ?, ?, ?, ?)",
                [
                    .integer(account.id), .integer(Int64(position)), .text(grant.role.rawValue),
                    grant.government.map(SQLiteValue.text) ?? .null, grant.reviewer.map(SQLiteValue.text) ?? .null,
                ])
        }
    }

    private static func accounts(_ db: Database, where condition: String, _ arguments: [SQLiteValue]) throws
        -> [Account]
    {
        var grants: [Int64: [AccessGrant]] = [:]
        try db.forEachRow(
            """
            SELECT account, role, government, reviewer FROM account_grants
            WHERE account IN (SELECT id FROM accounts WHERE \(condition)) ORDER BY account, position
            """, arguments
        ) { row in
            guard let role = row.text(at: 1).flatMap(AccessRole.init) else {
                throw StoreError.corrupt("a grant's role")
            }
            grants[row.integer(at: 0) ?? 0, default: []].append(
                AccessGrant(role, government: row.text(at: 2), reviewer: row.text(at: 3)))
        }
        var accounts: [Account] = []
        try db.forEachRow(
            """
            SELECT id, username, display_name, state, password_hash, created_at, created_by, changed_at, changed_by
            FROM accounts WHERE \(condition) ORDER BY username
            """, arguments
        ) { row in
            guard let state = row.text(at: 3).flatMap(Account.State.init),
                let created = row.text(at: 5).flatMap(Timestamp.init),
                let changed = row.text(at: 7).flatMap(Timestamp.init)
            else { throw StoreError.corrupt("an account's state or times") }
            let id = row.integer(at: 0) ?? 0
            var account = Account(
                username: row.text(at: 1) ?? "", displayName: row.text(at: 2) ?? "", state: state,
                grants: grants[id] ?? [], passwordHash: row.text(at: 4), created: created,
                createdBy: row.text(at: 6) ?? "")
            (account.id, account.changed, account.changedBy) = (id, changed, row.text(at: 8) ?? "")
            accounts.append(account)
        }
        return accounts
    }
}

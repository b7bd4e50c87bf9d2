import Foundation
import JSONCoding
import Testing

/// `hrap serve` and `hrap token`: bad options are usage errors before anything listens or is written; tokens are
/// shown once and stored hashed.
@Suite struct ServeCommandTests {
    @Test(arguments: [
        ["--host", ""], ["--host", "localhost"], ["--host", "999.1.1.1"], ["--host", "'; DROP TABLE plans; --"],
        ["--host", "\u{1B}[2J"], ["--port", "-1"], ["--port", "65536"], ["--port", "9223372036854775807"],
        ["--port", "0x10"], ["--port", ""], ["--read-only", "yes"],
    ])
    func hostileOptionsAreUsageErrorsAndStartNothing(options: [String]) {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let result = session.run(["serve"] + options)
        #expect(result.code == 64, "\(options) → \(result.code): \(result.err)")
        #expect(!result.out.contains("Serving"))
    }

    @Test func serveRefusesAMissingDatabaseUnlessAskedToCreateIt() {
        let session = Session()
        let result = session.run("serve", "--port", "0")
        #expect(result.code == 66, "\(result.err)")
        #expect(result.err.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: session.database))
    }

    @Test func anExpiredTokenIsListedAsExpired() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        #expect(
            session.run("token", "create", "--name", "old", "--role", "viewer", "--expires", "2020-12-31").code == 0)
        #expect(
            session.run("token", "create", "--name", "new", "--role", "viewer", "--expires", "2999-12-31").code == 0)
        let table = session.run("token", "list").out.split(separator: "\n")
        #expect(table.first { $0.hasPrefix("old ") }?.hasSuffix("expired") == true, "\(table)")
        #expect(table.first { $0.hasPrefix("new ") }?.hasSuffix("active") == true, "\(table)")
        let json = try JSONParser.parse(session.run("token", "list", "--format", "json").out)
        #expect(json.array?.compactMap { $0["state"]?.string } == ["expired", "active"])
    }

    @Test func aTokenIsShownOnceAndStoredOnlyAsItsHash() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let created = session.run(
            "token", "create", "--name", "maria", "--role", "officer", "--government", "GB-aldermoor")
        #expect(created.code == 0)
        let token = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("hrap_") && token.count == 69)
        let listed = session.run("token", "list", "--format", "json")
        #expect(listed.out.contains("\"maria\"") && !listed.out.contains(token))
        let database = try Data(contentsOf: URL(fileURLWithPath: session.database))
        #expect(database.range(of: Data(token.utf8)) == nil, "the token itself is nowhere in the database file")
        let audit = session.run("audit", "--entity", "token", "--format", "json")
        #expect(audit.out.contains("maria") && !audit.out.contains(token))
        #expect(session.run("token", "create", "--name", "maria", "--role", "viewer").code == 65, "names are unique")
        #expect(
            session.run("token", "create", "--name", "x", "--role", "reviewer").code == 65,
            "a reviewer needs an identity")
        #expect(session.run("token", "create", "--name", "y", "--role", "owner").code == 64)
        #expect(session.run("token", "revoke", "maria").code == 0)
        #expect(session.run("token", "revoke", "maria").code == 65, "revoked once")
        #expect(session.run("token", "revoke", "nobody").code == 64)
    }
}

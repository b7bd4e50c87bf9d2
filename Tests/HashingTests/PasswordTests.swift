import Foundation
import Hashing
import Testing

/// Stored passwords carry their parameters and verify in constant time; password rules as NIST SP 800-63B puts them.
@Suite struct PasswordTests {
    @Test func aHashVerifiesItsPasswordOnlyAndReadsBackFromItsText() throws {
        let hash = try PasswordHash.make("a long and quiet river", rounds: 1_000)
        #expect(hash.verifies("a long and quiet river"))
        #expect(!hash.verifies("a long and quiet rivers") && !hash.verifies(""))
        let stored = hash.description
        #expect(stored.hasPrefix("pbkdf2-sha256$1000$") && stored.split(separator: "$").count == 4)
        let read = try #require(PasswordHash(stored: stored))
        #expect(read == hash && read.verifies("a long and quiet river"))
        #expect(read.needsUpgrade(), "1,000 rounds is fewer than today's")
        let current = "pbkdf2-sha256$\(PasswordHash.currentRounds)$00$" + String(repeating: "00", count: 32)
        #expect(PasswordHash(stored: current)?.needsUpgrade() == false)
        #expect(read.needsUpgrade(to: 1_000) == false, "not when the city asks for no more")
        #expect(
            try PasswordHash.make("same", rounds: 10) != PasswordHash.make("same", rounds: 10), "a fresh salt each time"
        )
    }

    /// The stored text of RFC 7914's first vector (1 round, salt "salt"), truncated to 32 bytes, verifies "passwd".
    @Test func aKnownHashVerifies() throws {
        let stored = "pbkdf2-sha256$1$73616c74$55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        #expect(try #require(PasswordHash(stored: stored)).verifies("passwd"))
    }

    @Test(arguments: [
        "", "bcrypt$12$abc$def", "pbkdf2-sha256$0$00$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$x$00$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$10$$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$10$zz$" + String(repeating: "00", count: 32), "pbkdf2-sha256$10$00$0011",
        "pbkdf2-sha256$10$00$" + String(repeating: "00", count: 32) + "$extra",
    ])
    func textThatIsNoHashIsRefused(stored: String) {
        #expect(PasswordHash(stored: stored) == nil)
    }

    @Test func theDecoyVerifiesNothing() {
        #expect(!PasswordHash.decoy().verifies("correct horse battery staple"))
        #expect(PasswordHash.decoy().rounds == PasswordHash.currentRounds, "it costs what a real check costs")
    }

    private func rules() throws -> PasswordRules {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/security/common-passwords.txt")
        return PasswordRules(commonPasswords: try String(contentsOf: url, encoding: .utf8))
    }

    @Test func passphrasesPassAndWeakPasswordsAreRefusedWithTheirReasons() throws {
        let rules = try rules()
        #expect(rules.problems("correct horse battery staple").isEmpty, "no composition rules")
        #expect(rules.problems("Sommer an der Mur").isEmpty)
        #expect(rules.problems("short1!") == [.tooShort(minimum: 12)])
        #expect(rules.problems("Password1234") == [.common], "compared without case")
        #expect(rules.problems("aaaaaaaaaaaaaaa") == [.common] || rules.problems("aaaaaaaaaaaaaaa") == [.repetitive])
        #expect(rules.problems("zzzzzzzzzzzzzz") == [.repetitive])
        #expect(rules.problems("maria.huber.2025", context: ["Maria", "hrap"]) == [.containsContext("maria")])
        #expect(rules.problems(String(repeating: "ab", count: 129)) == [.tooLong(maximum: 256)])
        #expect(PasswordRules(minimumLength: 4, commonPasswords: "").minimumLength == 8, "never below 8")
        #expect(PasswordRules(minimumLength: 8, commonPasswords: "# comment\n").problems("eight888").isEmpty)
    }
}

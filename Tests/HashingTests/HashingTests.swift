import Foundation
import Hashing
import Testing

/// SHA-256 against the examples of FIPS 180-2 (appendix B) and NIST's CAVS short messages; HMAC against RFC 4231.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func theStandardExamplesHashToTheirDigests(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func aMillionAsHashToTheStandardDigest() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(Hex.encode(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [55, 56, 63, 64, 65, 119, 120, 128])
    func messagesAroundABlockBoundaryHashTheSameStreamedOrWhole(length: Int) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var streamed = SHA256()
        for byte in message { streamed.update([byte]) }
        #expect(streamed.finalize() == SHA256.hash(message))
        #expect(SHA256.hash(message) != SHA256.hash(message + [0]))
    }

    /// NIST CAVS SHA256ShortMsg: an 8-bit and a 64-bit message.
    @Test func nistShortMessages() {
        #expect(Hex.encode(SHA256.hash([0xd3])) == "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1")
        #expect(
            Hex.encode(SHA256.hash(Hex.decode("5738c929c4f4ccb6") ?? []))
                == "963bb88f27f512777aab6c8b1a02c70ec0ad651d428f870036e1917120fb48bf")
    }
}

@Suite struct HMACTests {
    /// RFC 4231 section 4: test cases 1, 2, 3, 4, 6 and 7.
    @Test(
        arguments: [
            (
                [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
            ),
            (
                Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
            ),
            (
                Array(1...25), [UInt8](repeating: 0xcd, count: 50),
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
            ),
            (
                [UInt8](repeating: 0xaa, count: 131),
                Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            ),
            (
                [UInt8](repeating: 0xaa, count: 131),
                Array(
                    ("This is a test using a larger than block-size key and a larger "
                        + "than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")
                        .utf8),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
            ),
        ] as [([UInt8], [UInt8], String)])
    func rfc4231Vectors(key: [UInt8], message: [UInt8], code: String) {
        #expect(Hex.encode(HMAC.sha256(key: key, message: message)) == code)
    }
}

@Suite struct SecretTests {
    @Test func constantTimeEqualityComparesEveryByte() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equal([], [0]))
        #expect(ConstantTime.equal([], []))
        #expect(!ConstantTime.equal([UInt8](repeating: 0, count: 256), []), "a length difference of 256 is no match")
    }

    @Test func hexRoundTripsAndRefusesWhatIsNotHex() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xfe, 0xff]
        #expect(Hex.encode(bytes) == "00017f80feff")
        #expect(Hex.decode("00017F80FEFF") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func secureRandomBytesHaveTheLengthAskedAndDiffer() throws {
        let first = try SecureRandom.bytes(32), second = try SecureRandom.bytes(32)
        #expect(first.count == 32 && second.count == 32)
        #expect(first != second)
        #expect(try SecureRandom.bytes(0).isEmpty)
        #expect(Set(try SecureRandom.bytes(4096)).count > 200, "4,096 random bytes use most byte values")
    }
}

@Suite struct FNV1aTests {
    /// The reference values of the FNV authors' test suite (fnv-1a 64).
    @Test func referenceValues() {
        #expect(FNV1a.hash64([]) == 0xcbf29ce484222325)
        #expect(FNV1a.hash64(Array("a".utf8)) == 0xaf63dc4c8601ec8c)
        #expect(FNV1a.hash64(Array("foobar".utf8)) == 0x85944171f73967e8)
    }

    /// The entity tag as HTTP quotes it: FNV-1a's 64 bits (its published vectors) in hex.
    @Test func entityTagsAreQuotedFNV1aHashes() {
        #expect(FNV1a.entityTag("".utf8) == "\"cbf29ce484222325\"")
        #expect(FNV1a.entityTag(Array("a".utf8)) == "\"af63dc4c8601ec8c\"")
    }
}

/// PBKDF2-HMAC-SHA-256 against RFC 7914 section 11, and against Python's `hashlib.pbkdf2_hmac` on random inputs.
@Suite struct PBKDF2Tests {
    @Test(arguments: [
        (
            "passwd", "salt", 1,
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        ),
        (
            "Password", "NaCl", 80_000,
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"
        ),
    ])
    func theRFC7914VectorsDerive(password: String, salt: String, iterations: Int, expected: String) {
        let derived = PBKDF2.sha256(
            password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations, length: 64)
        #expect(derived.map(Hex.encode) == expected)
    }

    @Test func parametersAPasswordStoreNeverUsesAreRefused() {
        #expect(PBKDF2.sha256(password: [1], salt: [2], iterations: 0, length: 32) == nil)
        #expect(PBKDF2.sha256(password: [1], salt: [2], iterations: 1, length: 0) == nil)
        #expect(PBKDF2.sha256(password: [1], salt: [2], iterations: 1, length: 32 * 32 + 1) == nil)
        #expect(PBKDF2.sha256(password: [], salt: [], iterations: 2, length: 33)?.count == 33)
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Passwords and salts of random lengths (a key longer than a block included) and iterations, each checked
    /// against Python's implementation.
    @Test(.enabled(if: python != nil, "needs python3 for hashlib"))
    func itMatchesPythonsHashlibOnRandomInputs() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<12 {
            let password = (0..<Int.random(in: 0...100, using: &generator)).map { _ in UInt8.random(in: 0...255) }
            let salt = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255) }
            let (iterations, length) = (Int.random(in: 1...3_000), Int.random(in: 1...80))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.python ?? "")
            process.arguments = [
                "-c",
                "import hashlib,sys; print(hashlib.pbkdf2_hmac('sha256', bytes.fromhex(sys.argv[1]), "
                    + "bytes.fromhex(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])).hex())",
                Hex.encode(password), Hex.encode(salt), String(iterations), String(length),
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let expected = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let derived = PBKDF2.sha256(password: password, salt: salt, iterations: iterations, length: length)
            #expect(derived.map(Hex.encode) == expected, "\(password.count) \(salt.count) \(iterations) \(length)")
        }
    }
}

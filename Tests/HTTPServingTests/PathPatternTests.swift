import HTTPServing
import Testing

@Suite struct PathPatternTests {
    @Test func parametersMatchOneDecodedSegment() {
        let pattern = PathPattern("/api/v1/plans/{plan}/indicators/{code}")
        #expect(pattern.parameters == ["plan", "code"])
        let segments = PercentDecoding.segments("/api/v1/plans/graz%2D2024/indicators/1.1.a") ?? []
        #expect(pattern.match(segments) == ["plan": "graz-2024", "code": "1.1.a"])
        #expect(pattern.match(PercentDecoding.segments("/api/v1/plans/x") ?? []) == nil)
        #expect(pattern.match(PercentDecoding.segments("/api/v1/plans/x/actions/y") ?? []) == nil)
    }

    @Test(arguments: ["/a/..%2f..%2fetc", "/a/%2e%2e/b", "/a/%00", "/a/%zz", "/a/%c3%28", "/a/..", "/a/b%0Ac"])
    func traversalAndBrokenEscapesAreRefused(path: String) {
        #expect(PercentDecoding.segments(Substring(path)) == nil)
        let broken = path.contains("%zz") || path.contains("%c3%28")
        #expect(
            PercentDecoding.isWellFormed(Substring(path)) == !broken, "a broken escape, or only a dangerous segment")
    }

    @Test func queriesDecodePlusAndEscapes() {
        let pairs = PercentDecoding.query("as_of=2025-12-31&q=a+b%26c&flag") ?? []
        #expect(pairs.map(\.0) == ["as_of", "q", "flag"])
        #expect(pairs.map(\.1) == ["2025-12-31", "a b&c", ""])
        #expect(PercentDecoding.query("a=%") == nil)
    }
}

/// The one router: a route by method and decoded path, HEAD served by GET, the methods a path takes, or nothing.
@Suite struct RouterTests {
    let router = Router(
        ["GET /plans/{plan}", "PATCH /plans/{plan}", "GET /plans/{plan}/actions/{code}", "POST /plans"],
        method: { String($0.split(separator: " ")[0]) }, pattern: { PathPattern(String($0.split(separator: " ")[1])) })

    @Test func findsTheRouteWithItsParameters() {
        guard case .found(let route, let parameters) = router.match(method: "GET", segments: ["plans", "a b"]) else {
            Issue.record("no route")
            return
        }
        #expect(route == "GET /plans/{plan}" && parameters == ["plan": "a b"])
        guard case .found(let head, _) = router.match(method: "HEAD", segments: ["plans", "x", "actions", "1"]) else {
            Issue.record("HEAD is not served by GET")
            return
        }
        #expect(head == "GET /plans/{plan}/actions/{code}")
    }

    @Test func saysWhichMethodsAPathTakesOrThatThereIsNone() {
        guard case .methodNotAllowed(let allowed) = router.match(method: "DELETE", segments: ["plans", "x"]) else {
            Issue.record("DELETE of a plan is not 405")
            return
        }
        #expect(allowed == ["GET", "PATCH"])
        guard case .notFound = router.match(method: "GET", segments: ["nothing"]) else {
            Issue.record("an unknown path was routed")
            return
        }
    }
}

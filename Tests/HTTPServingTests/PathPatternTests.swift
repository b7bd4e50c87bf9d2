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

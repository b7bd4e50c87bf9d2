import HRAPCore
import JSONCoding
import Testing

@Suite struct ProblemLogTests {
    @Test func keepsTheFirstProblemsAndCountsTheRest() {
        var log = ProblemLog()
        #expect(log.isEmpty)
        log += (0..<(ProblemLog.limit + 250)).map { ValidationProblem(path: "line \($0 + 2)", code: .invalidValue, message: "bad") }
        #expect(log.problems.count == ProblemLog.limit)
        #expect(log.omitted == 250)
        #expect(log.problems.first?.path == "line 2")
        let error = ValidationError(source: "f.csv", problems: log.problems, omitted: log.omitted)
        #expect(error.count == ProblemLog.limit + 250)
        #expect(error.description.hasPrefix("f.csv has 1250 problems; nothing was written:"))
        #expect(error.description.hasSuffix("… and 250 more problems"))
    }
}

@Suite struct ProblemCodeTests {
    /// A plan file with one problem of each kind the validators know: every problem carries the code of its kind.
    @Test func everyProblemOfABadPlanFileHasTheCodeOfItsKind() throws {
        let json = try JSONParser.parse("""
            {"format": "hrap-plan/1", "surprise": [],
             "government": {"code": "X", "name": "X", "country": "XX", "level": "municipality"},
             "plan": {"code": "p", "government": "Y", "title": "T", "kind": "comprehensive", "period_start": "2024-01-01",
                      "period_end": "2023-01-01", "status": "draft"},
             "fields": [{"code": "1", "title": "A"}, {"code": "1", "title": "B"}],
             "objectives": [{"code": "1.1", "field": "9", "title": "O"}],
             "actions": "none"}
            """)
        let problems = PlanFile.decode(json).1
        let byPath = Dictionary(problems.map { ($0.path, $0.code) }, uniquingKeysWith: { first, _ in first })
        #expect(byPath["$.surprise"] == .unknownName)
        #expect(byPath["$.government.country"] == .invalidValue)
        #expect(byPath["$.plan.period_end"] == .inconsistent)
        #expect(byPath["$.plan.government"] == .inconsistent)
        #expect(byPath["$.fields[1]"] == .duplicate)
        #expect(byPath["$.objectives[0].field"] == .unknownReference)
        #expect(byPath["$.actions"] == .malformed)
        #expect(problems.allSatisfy { !$0.code.rawValue.isEmpty })
    }
}

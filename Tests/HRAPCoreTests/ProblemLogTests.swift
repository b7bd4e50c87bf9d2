import HRAPCore
import Testing

@Suite struct ProblemLogTests {
    @Test func keepsTheFirstProblemsAndCountsTheRest() {
        var log = ProblemLog()
        #expect(log.isEmpty)
        log += (0..<(ProblemLog.limit + 250)).map { ValidationProblem(path: "line \($0 + 2)", message: "bad") }
        #expect(log.problems.count == ProblemLog.limit)
        #expect(log.omitted == 250)
        #expect(log.problems.first?.path == "line 2")
        let error = ValidationError(source: "f.csv", problems: log.problems, omitted: log.omitted)
        #expect(error.count == ProblemLog.limit + 250)
        #expect(error.description.hasPrefix("f.csv has 1250 problems; nothing was written:"))
        #expect(error.description.hasSuffix("… and 250 more problems"))
    }
}

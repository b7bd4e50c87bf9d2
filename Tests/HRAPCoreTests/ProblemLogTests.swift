import HRAPCore
import Foundation
import JSONCoding
import Testing

@Suite struct ProblemLogTests {
    @Test func keepsTheFirstProblemsAndCountsTheRest() {
        var log = ProblemLog()
        #expect(log.isEmpty)
        log += (0..<(ProblemLog.limit + 250)).map {
            ValidationProblem(path: "line \($0 + 2)", code: .invalidValue, message: "bad")
        }
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
        let json = try JSONParser.parse(
            """
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

@Suite struct MessageTests {
    /// Every metric, on an empty plan and on the example, says its note through a key the English catalogue words.
    @Test func everyMetricNoteHasAKeyAndAnEnglishWording() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/aldermoor-plan.json")
        let example = PlanFile.decode(try JSONParser.parse([UInt8](try Data(contentsOf: url)))).0
        let asOf = try #require(CalendarDate("2025-12-31"))
        for facts in [PlanFacts(file: PlanFile()), PlanFacts(file: example)] {
            for metric in Metric.allCases {
                let note = metric.compute(facts, asOf: asOf).note
                #expect(note.english != note.key, "\(metric): \(note.key) has no English wording")
                #expect(!note.english.contains("{"), "\(metric): \(note.english)")
            }
        }
        let message = Message("metric.share_of", ["passing": "3", "total": "5", "items": "objectives"])
        #expect(message.english == "3 of 5 objectives")
        #expect(message.noData.english == "no data: 3 of 5 objectives")
        #expect(message[parameter: "total"] == "5")
    }
}

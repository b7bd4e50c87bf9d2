import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import JSONCoding
import Testing

/// The command line is an adapter: a use case called through it leaves the same data as called directly.
@Suite struct ServiceParityTests {
    @Test func recordingAMeasurementThroughTheCLIEqualsCallingTheService() throws {
        let viaCLI = Session()
        viaCLI.run("import", "examples/aldermoor-plan.json")
        let recorded = viaCLI.run(
            "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "1.1.b", "--period-start", "2026-01-01",
            "--date", "2026-03-31", "--value", "430")
        #expect(recorded.code == 0, "\(recorded.err)")

        let direct = Session()
        direct.run("import", "examples/aldermoor-plan.json")
        let service = try HRAPService.open(
            path: direct.database, mode: .write,
            catalogue: FrameworkCatalogue(directory: direct.root + "/templates/frameworks"),
            clock: { Timestamp(secondsSince1970: 1_790_000_000) })
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.periodStart = CalendarDate("2026-01-01")
        measurement.date = try #require(CalendarDate("2026-03-31"))
        measurement.value = 430
        #expect(try service.record(measurement, plan: "aldermoor-2023", as: .commandLine("tester")) == .appended)

        #expect(viaCLI.run("export", "aldermoor-2023").out == direct.run("export", "aldermoor-2023").out)
        let audit = { (session: Session) in session.run("audit", "--limit", "1", "--format", "json").out }
        #expect(audit(viaCLI) == audit(direct))
        #expect(audit(viaCLI).contains("\"1.1.b"))
    }

    @Test func updatingAnObjectiveThroughTheCLIEqualsCallingTheService() throws {
        let viaCLI = Session()
        viaCLI.run("import", "examples/aldermoor-plan.json")
        #expect(
            viaCLI.run("objective", "update", "--plan", "aldermoor-2023", "--code", "1.1", "--title", "New title").code
                == 0)

        let direct = Session()
        direct.run("import", "examples/aldermoor-plan.json")
        let service = try HRAPService.open(
            path: direct.database, mode: .write, catalogue: FrameworkCatalogue(directory: nil),
            clock: { Timestamp(secondsSince1970: 1_790_000_000) })
        let objective = try service.saveRecord(
            Objective.self, plan: "aldermoor-2023", mode: .update, identity: [.string("1.1")],
            changes: [("code", .string("1.1")), ("title", .string("New title"))], as: .commandLine("tester")
        ).record
        #expect(objective.title == "New title")
        #expect(viaCLI.run("export", "aldermoor-2023").out == direct.run("export", "aldermoor-2023").out)
    }
}

import HRAPCore
import Testing

/// Criteria read against the government's level: a region adopts its plan in its cabinet or parliament, and a
/// region's law is a higher level's instrument for a city, not for the region.
@Suite struct GovernmentLevelTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }
    private let asOf = CalendarDate.endOfYear(2025)

    private func adoption(
        _ level: Government.Level, by adopter: Plan.Adopter, consultation: String? = nil, adopted: String = "2024-03-05"
    ) -> MetricResult {
        var file = PlanFile()
        file.government.level = level
        (file.plan.code, file.plan.adoptedBy, file.plan.adoptionDate) = ("p", adopter, day(adopted))
        if let consultation {
            var event = ParticipationEvent()
            (event.code, event.title, event.date, event.phase) = (
                "E1", "Public consultation", day(consultation), .drafting
            )
            file.participationEvents = [event]
        }
        return Metric.planAdoptedByCouncil.compute(PlanFacts(file: file), asOf: asOf)
    }

    @Test func aRegionsCabinetAdoptsAfterAConsultation() {
        #expect(adoption(.region, by: .executive, consultation: "2023-11-15").value == 1)
        #expect(adoption(.region, by: .executive).value == 0.5, "without a consultation recorded before it")
        #expect(
            adoption(.region, by: .executive, consultation: "2024-06-01").value == 0.5, "the consultation came after")
        #expect(adoption(.region, by: .parliament).value == 1)
    }

    @Test func aCitysPlanIsAdoptedByItsCouncil() {
        #expect(adoption(.municipality, by: .council).value == 1)
        #expect(adoption(.municipality, by: .executive, consultation: "2023-11-15").value == 0)
        #expect(
            adoption(.municipality, by: .council, adopted: "2026-02-01").value == 0, "not yet by the reference date")
    }

    /// A region's follow-ups: 2024's went to the regional parliament, 2025's to the cabinet only; a city's file of
    /// 2023 says `presented_to_council`. Over 730 days to 2025-12-31: 1 of 2 reached an elected body; the old flag
    /// counts as the council.
    @Test func reportsReachingAnElectedBodyAreCounted() throws {
        func report(_ code: String, _ date: String, _ audiences: [ProgressReport.Audience], council: Bool = false)
            -> ProgressReport
        {
            var report = ProgressReport()
            (report.code, report.title, report.date) = (code, code, day(date))
            (report.audiences, report.presentedToCouncil) = (audiences, council)
            return report
        }
        var file = PlanFile()
        file.plan.code = "p"
        file.reports = [
            report("F2024", "2025-02-10", [.executive]), report("F2023", "2024-03-01", [.parliament, .public]),
        ]
        let framework = try shippedFramework("hrgl-2022")
        let criterion = try #require(
            framework.encouragements.flatMap(\.criteria).first { $0.metric == "reports_to_elected_body" })
        let result = Metric.reportsToElectedBody.compute(
            PlanFacts(file: file), asOf: asOf, windowDays: criterion.windowDays)
        #expect((result.numerator, result.denominator) == (1, 2) && result.failing == ["F2024"])
        file.reports = [report("R2023", "2024-04-25", [], council: true)]
        #expect(Metric.reportsToElectedBody.compute(PlanFacts(file: file), asOf: asOf, windowDays: 730).value == 1)
    }

    /// One objective cites the Basque law on human rights (a regional law): multi-level alignment for a city in the
    /// region, but the region's own law for the region.
    @Test func aRegionalLawIsAHigherLevelOnlyBelowTheRegion() {
        func linked(_ level: Government.Level) -> Double? {
            var file = PlanFile()
            file.government.level = level
            var law = StandardReference()
            (law.code, law.type) = ("Ley 4/2019", .regionalLaw)
            var objective = Objective()
            (objective.code, objective.field, objective.standards) = ("1.1", "1", ["Ley 4/2019"])
            (file.standards, file.objectives) = ([law], [objective])
            return Metric.objectivesLinkedToNational.compute(PlanFacts(file: file), asOf: asOf).value
        }
        #expect(linked(.municipality) == 1)
        #expect(linked(.region) == 0)
    }
}

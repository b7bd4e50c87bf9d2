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

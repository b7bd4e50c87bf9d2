import HRAPCore
import HRAPUseCases
import Testing

/// Listing one indicator's or action's current values (filtered in SQL) gives exactly what filtering the whole plan's
/// current values gives: corrections superseded, private values hidden from those who may not see them.
@Suite struct CurrentValueFilterTests {
    @Test func oneIndicatorsValuesAreThePlansValuesOfThatIndicator() throws {
        let (service, _) = try exampleService(policy: RolePolicy())
        let admin = Principal(name: "admin", role: .admin)
        var corrected = Measurement()
        (corrected.indicator, corrected.date, corrected.value) = ("1.1.b", try day("2025-12-31"), 812)
        var hidden = corrected
        (hidden.date, hidden.value, hidden.isPublic) = (try day("2025-11-30"), 5, false)
        for value in [
            corrected, hidden,
            {
                var changed = corrected; changed.value = 813; return changed
            }(),
        ] {
            _ = try service.record(value, plan: "aldermoor-2023", as: admin)
        }
        let viewer = Principal(name: "resident", role: .viewer)
        let indicators = try service.records(Indicator.self, plan: "aldermoor-2023", as: admin).map(\.code)
        for principal in [admin, viewer] {
            let all = try service.measurements(plan: "aldermoor-2023", as: principal)
            for code in indicators + ["no-such-indicator"] {
                let filtered = try service.measurements(plan: "aldermoor-2023", indicator: code, as: principal)
                #expect(filtered == all.filter { $0.indicator == code }, "\(code) as \(principal.name)")
            }
        }
        let current = try service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: admin)
        #expect(current.filter { $0.key == corrected.key }.map(\.value) == [813])
        #expect(
            try service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: viewer).contains(hidden) == false)
        #expect(current.contains { $0.date == hidden.date && $0.value == 5 })
    }

    @Test func oneActionsUpdatesAreThePlansUpdatesOfThatAction() throws {
        let (service, _) = try exampleService()
        let all = try service.progressUpdates(plan: "aldermoor-2023", as: officer)
        #expect(!all.isEmpty)
        for code in Set(all.map(\.action)).union(["no-such-action"]) {
            let filtered = try service.progressUpdates(plan: "aldermoor-2023", action: code, as: officer)
            #expect(filtered == all.filter { $0.action == code })
        }
    }
}

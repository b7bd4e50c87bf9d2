import HRAPCore
import JSONCoding
import Testing

/// Scores that repeating a name or a language cannot raise. Each case: the old rule's value, worked out by hand, and
/// the new one.
@Suite struct GamingTests {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31) ?? CalendarDate(daysSince1970: 0)

    @Test func aNetworkNamedTwiceCountsOnce() {
        var file = PlanFile()
        file.government.networks = ["ECCAR", "eccar ", "UCLG"]
        // Old rule: 3 entries → 3. New rule: ECCAR and "eccar " are one network → 2.
        let result = Metric.networkMemberships.compute(PlanFacts(file: file), asOf: asOf)
        #expect(result.value == 2)
        #expect(result.note.english == "ECCAR, UCLG")
    }

    @Test func stakeholderGroupsCompareWithoutCaseOrSpacing() throws {
        var file = PlanFile()
        var event = ParticipationEvent()
        event.date = try #require(CalendarDate("2024-05-01"))
        event.stakeholderGroups = ["Young people", "young  people", "NGOs", " ngos"]
        file.participationEvents = [event]
        // Old rule: 4 distinct strings → 4. New rule: young people, ngos → 2.
        #expect(Metric.stakeholderGroups.compute(PlanFacts(file: file), asOf: asOf).value == 2)
    }

    @Test func aReportInOneLanguageTaggedTwiceIsNotMultilingual() throws {
        var file = PlanFile()
        var report = ProgressReport()
        report.code = "R1"
        report.date = try #require(CalendarDate("2025-06-30"))
        report.languages = ["en", "en-GB"]
        file.reports = [report]
        // Old rule: two tags → accessible (1 of 1 = 1.0). New rule: one language, no easy read → 0 of 1.
        let result = Metric.accessibleReports.compute(PlanFacts(file: file), asOf: asOf)
        #expect(result.value == 0)
        #expect(result.failing == ["R1"])
        report.languages = ["en", "cy"]
        file.reports = [report]
        #expect(Metric.accessibleReports.compute(PlanFacts(file: file), asOf: asOf).value == 1)
    }

    @Test func languageTagsAreISO639() {
        let codec = FieldCodec<String>.language
        #expect((try? codec.decode(.string("pt-BR"))) == "pt-BR")
        #expect((try? codec.decode(.string("gsw"))) == "gsw", "three-letter codes pass by form")
        #expect(throws: FieldError.self) { try codec.decode(.string("xx")) }
        #expect(throws: FieldError.self) { try codec.decode(.string("en_GB")) }
    }
}

@Suite struct FollowsFromTests {
    /// An encouragement judged by reports (level 4), evaluations (none: level 0) and answered recommendations (no
    /// evaluation, so no data). Old rule: (4 + 0 + 0) / 3 = 1.33 — the missing evaluation counted twice. New rule: the
    /// recommendations criterion follows from the evaluations one and leaves the mean: (4 + 0) / 2 = 2.
    @Test func anAbsenceIsCountedOnce() throws {
        func criterion(_ id: String, _ metric: Metric, _ thresholds: [Double]) -> Criterion {
            var criterion = Criterion()
            (criterion.id, criterion.metric, criterion.thresholds, criterion.weight) = (
                id, metric.rawValue, thresholds, 1
            )
            return criterion
        }
        var encouragement = Encouragement()
        (encouragement.number, encouragement.id, encouragement.shortTitle) = (1, "e1", "Report and evaluate")
        encouragement.criteria = [
            criterion("reports", .reportsInWindow, [1, 1, 1, 1]),
            criterion("evaluations", .evaluationsDone, [1, 1, 1, 1]),
            criterion("answered", .recommendationsAnswered, [0.25, 0.5, 0.75, 1]),
        ]
        var framework = Framework()
        framework.encouragements = [encouragement]
        var file = PlanFile()
        var report = ProgressReport()
        (report.code, report.date) = ("R1", try #require(CalendarDate("2025-06-30")))
        file.reports = [report]
        let card = Scorer.score(
            PlanFacts(file: file), framework: framework, asOf: try #require(CalendarDate("2025-12-31")))
        let score = try #require(card.encouragements.first)
        #expect(score.criteria.map(\.level) == [4, 0, 0])
        #expect(score.criteria.map(\.followsFrom) == [nil, nil, "evaluations"])
        #expect(score.level == 2)
        #expect(JSONWriter.compact(card.json()).contains("\"follows_from\":\"evaluations\""))
    }
}

@Suite struct YesNoBaselineTests {
    /// One number indicator without a baseline, one yes/no indicator whose baseline is "no". Old rule: 1 of 2 = 0.5 —
    /// the "no" counted as a baseline study. New rule: the yes/no indicator is left out: 0 of 1 = 0.
    @Test func aNoBaselineIsNotEvidenceOfABaselineStudy() throws {
        var file = PlanFile()
        var number = Indicator(), yesNo = Indicator()
        (number.code, number.objective, number.valueType) = ("1.1.a", "1.1", .number)
        (yesNo.code, yesNo.objective, yesNo.valueType) = ("1.1.b", "1.1", .yesNo)
        (yesNo.baselineValue, yesNo.baselineDate) = (0, CalendarDate("2023-01-01"))
        file.indicators = [number, yesNo]
        let result = Metric.indicatorsWithBaseline.compute(
            PlanFacts(file: file), asOf: try #require(CalendarDate("2025-12-31")))
        #expect(result.value == 0)
        #expect(result.denominator == 1)
        #expect(result.failing == ["1.1.a"])
    }
}

@Suite struct ReportingRhythmTests {
    /// A plan from 2022-07-01 that reports every 24 months, last on 2024-08-18 (500 days before 2025-12-31).
    private func biennial(_ months: Int?) throws -> PlanFacts {
        var file = PlanFile()
        file.plan.reportingIntervalMonths = months
        file.plan.periodStart = try #require(CalendarDate("2022-07-01"))
        var report = ProgressReport()
        (report.code, report.date) = ("R2024", try #require(CalendarDate("2024-08-18")))
        file.reports = [report]
        return PlanFacts(file: file)
    }

    @Test func reportCriteriaFollowThePlansRhythm() throws {
        let asOf = try #require(CalendarDate("2025-12-31"))
        // A year's rhythm: 500 days since the last report; the year to 2025-06-30 has no report (the one of
        // 2024-08-18 covers the year to 2024-06-30).
        #expect(Metric.daysSinceLastReport.compute(try biennial(nil), asOf: asOf).value == 500)
        #expect(Metric.reportsInWindow.compute(try biennial(nil), asOf: asOf).value == 0)
        // Every 24 months (730 days): 500 − 730 + 365 = 135 days on the yearly scale, and the report covers the period
        // to 2024-06-30, within its six months' grace.
        let days = Metric.daysSinceLastReport.compute(try biennial(24), asOf: asOf)
        #expect(days.value == 135)
        #expect(days.note.english == "last report 2024-08-18, 500 days ago; the plan reports every 24 months")
        #expect(Metric.reportsInWindow.compute(try biennial(24), asOf: asOf).value == 1)
    }
}

@Suite struct InheritedStandardsTests {
    /// Field 1 cites SDG 11.1 for the whole field; no objective cites a standard itself. Old rule: 0 of 3 objectives
    /// linked to a standard. New rule: 1.1 and 1.2 inherit their field's standard: 2 of 3, and 2 of 3 linked to an SDG.
    @Test func objectivesInheritTheirFieldsStandards() throws {
        var file = PlanFile()
        var sdg = StandardReference()
        (sdg.code, sdg.type) = ("SDG 11.1", .sdgTarget)
        file.standards = [sdg]
        var housing = FieldOfAction(), other = FieldOfAction()
        (housing.code, housing.standards, other.code) = ("1", ["SDG 11.1"], "2")
        file.fields = [housing, other]
        file.objectives = [("1.1", "1"), ("1.2", "1"), ("2.1", "2")].map { code, field in
            var objective = Objective()
            (objective.code, objective.field) = (code, field)
            return objective
        }
        let facts = PlanFacts(file: file), asOf = try #require(CalendarDate("2025-12-31"))
        let linked = Metric.objectivesLinkedToStandard.compute(facts, asOf: asOf)
        #expect(linked.numerator == 2 && linked.denominator == 3)
        #expect(linked.failing == ["2.1"])
        #expect(Metric.objectivesLinkedToSDG.compute(facts, asOf: asOf).numerator == 2)
        #expect(PlanValidator(file).problems().isEmpty)
    }
}

@Suite struct BodyRolesTests {
    /// An advisory council that also monitors the plan met twice in the year. Old rule (monitoring bodies by main role
    /// only): 0 monitoring meetings. New rule: its roles include monitoring: 2 meetings.
    @Test func aCouncilThatAlsoMonitorsCountsAsMonitoring() throws {
        var council = Body()
        (council.code, council.role, council.additionalRoles, council.coDecision) = (
            "BR", .advisory, [.monitoring], true
        )
        council.meetings = try ["2025-03-01", "2025-10-01"].map { text in
            var meeting = Meeting()
            meeting.date = try #require(CalendarDate(text))
            return meeting
        }
        var file = PlanFile()
        file.bodies = [council]
        let result = Metric.monitoringMeetings.compute(
            PlanFacts(file: file), asOf: try #require(CalendarDate("2025-12-31")))
        #expect(result.value == 2)
        #expect(Body.schema.encode(council)["co_decision"] == .bool(true))
        #expect(Body.schema.decode(Body.schema.encode(council), path: "").0 == council)
    }
}

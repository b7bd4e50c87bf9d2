import Foundation
import HRAPCLI
import HRAPCore
import JSONCoding
import Testing

@Suite struct ReviewCommandTests {
    /// A session with the example imported and a peer round with two invited reviewers.
    func peerRound() -> Session {
        let session = Session()
        session.run("import", "\(session.root)/examples/aldermoor-plan.json")
        let plan = ["--plan", "aldermoor-2023"]
        #expect(
            session.run(
                ["review", "open", "peer-x", "--as-of", "2025-12-31", "--title", "Peer X"] + plan,
                environment: ["HRAP_ACTOR": "coord"]
            ).code == 0)
        for (code, city) in [("ana", "Rivertown"), ("ben", "Lakeside")] {
            let invited = session.run(
                [
                    "review", "invite", "peer-x", "--reviewer", code, "--name", code, "--affiliation", "HR office",
                    "--home-city", city,
                    "--conflict-of-interest", "none",
                ] + plan, environment: ["HRAP_ACTOR": "coord"])
            #expect(invited.code == 0, "\(invited.err)")
        }
        return session
    }

    /// Writes a CSV sheet rating every encouragement of hrgl-2024 at `level`, except as given.
    func sheetFile(_ level: Int, except: [Int: String] = [:]) throws -> String {
        var text = "encouragement,level,rationale,evidence\n"
        for number in 1...14 {
            text += except[number] ?? "\(number),\(level),Read the plan,\"report:R2024; document:Plan <p. \(number)>\""
            text += "\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ session: Session, _ actor: String, _ arguments: String...) -> Session.Result {
        session.run(arguments + ["--plan", "aldermoor-2023"], environment: ["HRAP_ACTOR": actor])
    }

    @Test func aSheetFromAFileIsRatedSubmittedAggregatedAndBlindUntilSubmission() throws {
        let session = peerRound()
        let rated = run(
            session, "ana", "review", "rate", "peer-x", "--file", try sheetFile(3, except: [2: "2,1,Thin,report:R2024"])
        )
        #expect(rated.code == 0, "\(rated.err)")
        #expect(rated.out == "Recorded 14 ratings on new draft sheet 1 of ana.\n")
        #expect(
            run(session, "ana", "review", "submit", "peer-x").out
                == "Submitted sheet 1 of ana in peer-x; it can no longer be edited.\n")
        #expect(run(session, "ben", "review", "rate", "peer-x", "--file", try sheetFile(1)).code == 0)

        let beforeBen = run(session, "ben", "review", "show", "peer-x", "--format", "json")
        let hidden = try JSONParser.parse(beforeBen.out)
        #expect(hidden["sheets_submitted"] == .integer(0), "ben has not submitted: ana's sheet stays hidden")
        let publicView = try JSONParser.parse(
            run(session, "someone", "review", "show", "peer-x", "--format", "json").out)
        #expect(publicView["sheets_submitted"] == .integer(0))
        let coordinator = try JSONParser.parse(
            run(session, "coord", "review", "show", "peer-x", "--format", "json").out)
        #expect(coordinator["sheets_submitted"] == .integer(1))
        #expect(
            run(session, "ben", "review", "history", "peer-x", "--reviewer", "ana").out
                == "No ratings you may see in peer-x v1.\n")

        #expect(run(session, "ben", "review", "submit", "peer-x").code == 0)
        let csv = run(session, "coord", "review", "show", "peer-x", "--format", "csv").out.split(
            whereSeparator: \.isNewline
        ).map(String.init)
        #expect(
            csv.first
                == "number,short_title,levels,not_assessable,median,min,max,spread,self_rating,automatic,combined,flags"
        )
        #expect(csv[2].hasPrefix("2,") && csv[2].contains(",1 1,0,1,1,1,0,"), "\(csv[2])")
        #expect(csv[1].contains(",3 1,0,2,1,3,2,") && csv[1].contains("reviewers_disagree"), "\(csv[1])")
        let table = run(session, "coord", "review", "show", "peer-x").out
        #expect(table.contains("Text of the encouragements: PARAPHRASE"))
        #expect(table.contains("reviewers disagree"))
        #expect(table.contains("Index: automatic 3.45, reviewers"))

        #expect(
            run(session, "coord", "review", "close", "peer-x").out == "Finalised peer-x v1 with 2 submitted sheets.\n")
        let refused = run(
            session, "ana", "review", "rate", "peer-x", "--supersede", "--encouragement", "1", "--level", "4",
            "--rationale", "x", "--evidence", "report:R2024")
        #expect(refused.code == 65)
        #expect(refused.err.contains("peer-x v1 is finalised and never changes"))
        #expect(
            run(session, "coord", "review", "reopen", "peer-x").out.hasPrefix(
                "Reopened as peer-x v2 (in review), with 2 submitted sheets copied"))
        let superseded = run(
            session, "ana", "review", "rate", "peer-x", "--supersede", "--encouragement", "1", "--level", "4",
            "--rationale", "New council decision", "--evidence", "report:R2024")
        #expect(superseded.out.hasPrefix("Recorded 1 rating on new draft sheet 2 of ana."), "\(superseded.err)")
        let history = run(session, "ana", "review", "history", "peer-x", "--encouragement", "1", "--format", "csv").out
        let lines = history.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count == 5, "\(history)")
        #expect(lines[1].hasPrefix("ana,1,submitted,1,3,") && lines[1].hasSuffix(",counts"))
        #expect(lines[2].hasPrefix("ana,2,draft,1,3,") && lines[2].hasSuffix(",superseded"))
        #expect(lines[3].hasPrefix("ana,2,draft,1,4,,New council decision") && lines[3].hasSuffix(",draft"))
        #expect(lines[4].hasPrefix("ben,1,submitted,1,1,") && lines[4].hasSuffix(",counts"))
        let historyJSON = try JSONParser.parse(
            run(
                session, "ana", "review", "history", "peer-x", "--encouragement", "1", "--reviewer", "ana", "--format",
                "json"
            ).out)
        guard case .array(let entries) = historyJSON else { Issue.record("history is not an array"); return }
        #expect(entries.map { $0["status"] } == [.string("counts"), .string("superseded"), .string("draft")])
        #expect(entries.last?["rating"]?["level"] == .integer(4))
        let statusList = run(session, "coord", "review", "status").out
        let peerLines = statusList.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("peer-x ") }
        #expect(
            peerLines.count == 2 && peerLines[0].contains("finalised") && peerLines[1].contains("in_review"),
            "\(statusList)")
    }

    @Test func aSheetWithBadRowsWritesNothingAndListsEveryRow() throws {
        let session = peerRound()
        let path = try sheetFile(
            2,
            except: [
                3: "3,5,Too high,report:R2024", 4: "4,2,,report:R2024", 5: "5,2,No evidence,",
                6: "15,2,Outside,report:R2024",
                7: "7,2,Unknown report,report:R1999",
            ])
        let result = run(session, "ana", "review", "rate", "peer-x", "--file", path)
        #expect(result.code == 65)
        #expect(
            result.err.hasSuffix(
                """
                has 5 problems; nothing was written:
                  line 4.level: 5 is outside 0–4
                  line 5.rationale: is required
                  line 6.evidence: a rating needs at least one piece of evidence
                  line 7.encouragement: hrgl-2024 v1 has no encouragement 15; it has 1–14
                  line 8.evidence[0]: the plan has no report 'R1999'

                """), "\(result.err)")
        let status = run(session, "coord", "review", "status", "peer-x").out
        #expect(status.contains("0/14") && status.contains("not started") && status.contains("(peer, open)"))
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).json").path
        try
            #"{"format": "hrap-rating-sheet/1", "ratings": [{"encouragement": 1, "level": 2, "rationale": "x", "evidence": ["report:R2024"], "recorded_by": "me"}]}"#
            .write(toFile: json, atomically: true, encoding: .utf8)
        let stamped = run(session, "ana", "review", "rate", "peer-x", "--file", json)
        #expect(stamped.err.contains("$.ratings[0].recorded_by: is set by hrap when the sheet is read; leave it out"))
    }

    @Test func ownCityDoubleSubmissionAndUnknownRoundsAreRefused() throws {
        let session = peerRound()
        let own = run(
            session, "coord", "review", "invite", "peer-x", "--reviewer", "eve", "--name", "Eve", "--affiliation", "x",
            "--home-city", "GB-aldermoor", "--conflict-of-interest", "none")
        #expect(own.code == 65 && own.err.contains("'eve' works for GB-aldermoor, whose plan this is"))
        #expect(run(session, "ana", "review", "rate", "peer-x", "--file", try sheetFile(2)).code == 0)
        #expect(run(session, "ana", "review", "submit", "peer-x").code == 0)
        let twice = run(session, "ana", "review", "submit", "peer-x")
        #expect(
            twice.code == 65
                && twice.err.contains(
                    "a submitted sheet is never edited: start a new sheet that supersedes it (the old one is kept) (option --supersede)"
                ))
        let unknown = run(session, "ana", "review", "show", "peer-y")
        #expect(
            unknown.code == 64
                && unknown.err.contains("no assessment round 'peer-y'; known: peer-2025, peer-x, self-2025"))
        let notInvited = run(
            session, "zoe", "review", "rate", "peer-x", "--encouragement", "1", "--level", "2", "--rationale", "x",
            "--evidence", "report:R2024")
        #expect(
            notInvited.code == 65 && notInvited.err.contains("'zoe' is not invited to peer-x v1; invited: ana, ben"))
    }

    @Test func recommendationsGetResponsesAndALaterRoundRatesTheirFollowUp() throws {
        let session = peerRound()
        let recommended = run(
            session, "ana", "review", "recommend", "peer-x", "--code", "R1", "--encouragement", "4", "--text",
            "Budget every action.", "--action", "3.1.3")
        #expect(recommended.code == 0, "\(recommended.err)")
        for reviewer in ["ana", "ben"] {
            #expect(run(session, reviewer, "review", "rate", "peer-x", "--file", try sheetFile(2)).code == 0)
            #expect(run(session, reviewer, "review", "submit", "peer-x").code == 0)
        }
        #expect(run(session, "coord", "review", "close", "peer-x").code == 0)
        let responded = run(
            session, "officer", "review", "respond", "peer-x/R1", "--decision", "partially_accepted", "--reason",
            "New actions only.", "--follow-up-action", "3.1.3")
        #expect(responded.out == "Recorded the response to peer-x/R1: partially accepted.\n", "\(responded.err)")
        #expect(
            run(session, "officer", "review", "respond", "peer-x/R1", "--decision", "maybe", "--reason", "x").code == 64
        )
        #expect(
            run(session, "coord", "review", "show", "peer-x").out.contains(
                "response: partially accepted — New actions only. (follow-up: 3.1.3)"))

        #expect(
            run(session, "coord", "review", "open", "peer-y", "--as-of", "2026-06-30", "--title", "Peer Y").code == 0)
        #expect(
            run(
                session, "coord", "review", "invite", "peer-y", "--reviewer", "ben", "--name", "Ben", "--affiliation",
                "x", "--home-city", "Lakeside", "--conflict-of-interest", "Worked in Aldermoor until 2020"
            ).code == 0)
        let followUp = run(
            session, "ben", "review", "rate", "peer-y", "--recommendation", "peer-x/R1", "--implementation", "partly",
            "--rationale", "Two of three budgeted", "--evidence", "report:R2024")
        #expect(followUp.out.hasPrefix("Recorded 1 rating"), "\(followUp.err)")
        #expect(run(session, "ben", "review", "rate", "peer-y", "--file", try sheetFile(2)).code == 0)
        #expect(run(session, "ben", "review", "submit", "peer-y").code == 0)
        let json = try JSONParser.parse(run(session, "coord", "review", "show", "peer-y", "--format", "json").out)
        guard case .array(let followUps)? = json["follow_ups"] else { Issue.record("no follow-ups"); return }
        #expect(followUps.first?["recommendation"] == .string("peer-x/R1"))
        #expect(followUps.first?["judgements"] == .array([.string("partly")]))
    }
}

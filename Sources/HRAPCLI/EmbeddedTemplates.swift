/// The standard templates, locale files and shipped frameworks, compiled into the program so that a copied binary
/// works on its own. Generated from `templates/`; regenerate with
/// `HRAP_UPDATE_EMBEDDED=1 swift test --filter EmbeddedTemplatesTests` (a test fails while it differs).
enum EmbeddedTemplates {
    /// File texts by path under `templates/`.
    static let files: [String: String] = [
        "frameworks/hrgl-2023.json": #####"""
{
  "id": "hrgl-2023",
  "version": "1",
  "title": "Governing the City by Human Rights Objectives: Management Concepts and Instruments",
  "year": 2023,
  "source_title": "Outcome Document of the Human Rights Go Local – What Works academy, Graz, 2023 (UNESCO Centre, Graz)",
  "text_status": "paraphrase",
  "text_note": "The encouragement texts in this file are hrap's own paraphrases of the publicly documented themes of the document, not its official wording. Import the official text as a new framework version when you have it.",
  "level_descriptions": [
    "0 — absent: nothing in place",
    "1 — initial: first steps, isolated",
    "2 — partial: in place for part of the plan",
    "3 — substantial: in place for most of the plan",
    "4 — full: in place throughout and kept up to date"
  ],
  "on_track_share": 0.9,
  "at_risk_share": 0.7,
  "encouragements": [
    {
      "number": 1,
      "id": "objectives",
      "short_title": "Human rights objectives in management targets",
      "text": "Human rights objectives are part of the city's strategic and management targets.",
      "criteria": [
        {
          "id": "linked",
          "metric": "objectives_linked_to_standard",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives cite human rights standards."
        },
        {
          "id": "outcome",
          "metric": "objectives_with_outcome_indicator",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives have outcome indicators."
        }
      ]
    },
    {
      "number": 2,
      "id": "budgeting",
      "short_title": "Human rights-based budgeting",
      "text": "Budgets are prepared and reported with human rights in view.",
      "criteria": [
        {
          "id": "budgeted",
          "metric": "active_actions_budgeted",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 2,
          "description": "Active actions have a budget line this year."
        },
        {
          "id": "execution",
          "metric": "budget_execution_rate",
          "thresholds": [
            0.5,
            0.7,
            0.85,
            0.95
          ],
          "weight": 1,
          "description": "Spent over allocated last year."
        }
      ]
    },
    {
      "number": 3,
      "id": "procurement",
      "short_title": "Rights-compliant procurement",
      "text": "Public procurement respects and promotes human rights in supply chains and services.",
      "criteria": []
    },
    {
      "number": 4,
      "id": "monitoring",
      "short_title": "Monitoring procedures and indicators",
      "text": "Monitoring procedures and human rights indicators are built into management systems.",
      "criteria": [
        {
          "id": "complete",
          "metric": "indicators_complete",
          "window_days": 548,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 2,
          "description": "Indicators have baseline, target and a recent value."
        },
        {
          "id": "meetings",
          "metric": "monitoring_meetings",
          "window_days": 365,
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "Meetings of monitoring bodies in the last year."
        }
      ]
    },
    {
      "number": 5,
      "id": "communities",
      "short_title": "Involving communities",
      "text": "Communities, especially disadvantaged groups, are involved in decisions that affect them.",
      "criteria": [
        {
          "id": "phases",
          "metric": "participation_phases",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 2,
          "description": "Phases of the policy cycle with participation."
        },
        {
          "id": "groups",
          "metric": "stakeholder_groups",
          "thresholds": [
            2,
            4,
            6,
            8
          ],
          "weight": 1,
          "description": "Distinct groups that took part."
        }
      ]
    },
    {
      "number": 6,
      "id": "transparency",
      "short_title": "Transparency and unbiased information",
      "text": "The city informs the public transparently and without bias about its human rights work.",
      "criteria": [
        {
          "id": "reports",
          "metric": "reports_in_window",
          "window_days": 365,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "Reports in the last year."
        },
        {
          "id": "accessible",
          "metric": "accessible_reports",
          "window_days": 730,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Reports in easy read or several languages."
        }
      ]
    },
    {
      "number": 7,
      "id": "digital",
      "short_title": "Rights-respecting digital tools and AI",
      "text": "Digital tools and artificial intelligence used by the city respect human rights.",
      "criteria": []
    },
    {
      "number": 8,
      "id": "human-resources",
      "short_title": "Human resources and training",
      "text": "Human resources are used soundly and staff are trained in human rights.",
      "criteria": [
        {
          "id": "hrba",
          "metric": "actions_applying_hrba",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Actions applying human rights-based approach principles."
        }
      ]
    },
    {
      "number": 9,
      "id": "impact-assessment",
      "short_title": "Impact assessment",
      "text": "Policies and budgets are assessed for their impact on human rights before decisions are taken.",
      "criteria": []
    },
    {
      "number": 10,
      "id": "service-standards",
      "short_title": "Service standards",
      "text": "Public services meet standards of availability, accessibility, acceptability and quality.",
      "criteria": []
    },
    {
      "number": 11,
      "id": "accountability",
      "short_title": "Accountability channels",
      "text": "Residents can complain and obtain remedies through accessible channels such as an ombudsperson.",
      "criteria": [
        {
          "id": "answered",
          "metric": "recommendations_answered",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Evaluation recommendations with a response."
        }
      ]
    },
    {
      "number": 12,
      "id": "networking",
      "short_title": "Networking and peer learning",
      "text": "The city takes part in networks and learns from peers.",
      "criteria": [
        {
          "id": "networks",
          "metric": "network_memberships",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "City networks the government belongs to."
        }
      ]
    }
  ]
}
"""#####,
        "frameworks/hrgl-2024.json": #####"""
{
  "id": "hrgl-2024",
  "version": "1",
  "title": "Accountability in Action: Human Rights Action Plans of Local Governments",
  "year": 2024,
  "source_title": "Outcome Document of the Human Rights Go Local – What Works academy, Graz, February 2024 (UNESCO Centre, Graz)",
  "text_status": "paraphrase",
  "text_note": "The encouragement texts in this file are hrap's own paraphrases of the publicly documented themes of the document, not its official wording. Import the official text as a new framework version when you have it.",
  "level_descriptions": [
    "0 — absent: nothing in place",
    "1 — initial: first steps, isolated",
    "2 — partial: in place for part of the plan",
    "3 — substantial: in place for most of the plan",
    "4 — full: in place throughout and kept up to date"
  ],
  "on_track_share": 0.9,
  "at_risk_share": 0.7,
  "encouragements": [
    {
      "number": 1,
      "id": "commitment",
      "short_title": "Formal and durable commitment",
      "text": "The local council formally adopts the human rights action plan and anchors it so that it outlasts changes of government.",
      "criteria": [
        {
          "id": "adopted",
          "metric": "plan_adopted_by_council",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "The council adopted the plan."
        }
      ]
    },
    {
      "number": 2,
      "id": "baseline-study",
      "short_title": "A rights-based baseline study",
      "text": "The plan rests on a study of the human rights situation in the city, so that progress can be measured against a known starting point.",
      "criteria": [
        {
          "id": "baselines",
          "metric": "indicators_with_baseline",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Indicators have a baseline value and date."
        }
      ]
    },
    {
      "number": 3,
      "id": "standards",
      "short_title": "Objectives anchored in standards",
      "text": "Objectives are explicitly anchored in international, regional and national human rights standards.",
      "criteria": [
        {
          "id": "linked",
          "metric": "objectives_linked_to_standard",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives cite at least one standard."
        }
      ]
    },
    {
      "number": 4,
      "id": "multi-level",
      "short_title": "Alignment across levels of government",
      "text": "The plan is aligned with national and regional human rights policies and with the localised Sustainable Development Goals.",
      "criteria": [
        {
          "id": "national",
          "metric": "objectives_linked_to_national",
          "thresholds": [
            0.1,
            0.25,
            0.5,
            0.75
          ],
          "weight": 1,
          "description": "Objectives cite national or regional instruments."
        },
        {
          "id": "sdg",
          "metric": "objectives_linked_to_sdg",
          "thresholds": [
            0.1,
            0.25,
            0.5,
            0.75
          ],
          "weight": 1,
          "description": "Objectives cite SDG targets."
        }
      ]
    },
    {
      "number": 5,
      "id": "participation",
      "short_title": "Participation of rights-holders",
      "text": "Rights-holders, especially groups at risk of exclusion, take part in designing, implementing and reviewing the plan.",
      "criteria": [
        {
          "id": "phases",
          "metric": "participation_phases",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 2,
          "description": "Phases of the policy cycle with participation."
        },
        {
          "id": "groups",
          "metric": "stakeholder_groups",
          "thresholds": [
            2,
            4,
            6,
            8
          ],
          "weight": 1,
          "description": "Distinct groups that took part."
        }
      ]
    },
    {
      "number": 6,
      "id": "measurable",
      "short_title": "Measurable objectives",
      "text": "Objectives are measurable, with baselines, targets, milestones and outcome indicators.",
      "criteria": [
        {
          "id": "outcome",
          "metric": "objectives_with_outcome_indicator",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives have an outcome indicator."
        },
        {
          "id": "complete",
          "metric": "indicators_complete",
          "window_days": 548,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 2,
          "description": "Indicators have baseline, target and a recent value."
        }
      ]
    },
    {
      "number": 7,
      "id": "responsibilities",
      "short_title": "Actions with responsibilities and timelines",
      "text": "Every action has a responsible unit and a timeline, and delays are visible.",
      "criteria": [
        {
          "id": "assigned",
          "metric": "actions_with_lead_and_dates",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Actions have a lead unit, a start and an end."
        },
        {
          "id": "overdue",
          "metric": "active_actions_overdue",
          "thresholds": [
            0.5,
            0.3,
            0.15,
            0.05
          ],
          "weight": 1,
          "description": "Share of active actions past their end date."
        }
      ]
    },
    {
      "number": 8,
      "id": "budget",
      "short_title": "Anchoring in the budget",
      "text": "The plan is anchored in the municipal budget: actions have funds, and their spending is reported.",
      "criteria": [
        {
          "id": "budgeted",
          "metric": "active_actions_budgeted",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 2,
          "description": "Active actions have a budget line this year."
        },
        {
          "id": "execution",
          "metric": "budget_execution_rate",
          "thresholds": [
            0.5,
            0.7,
            0.85,
            0.95
          ],
          "weight": 1,
          "description": "Spent over allocated last year."
        }
      ]
    },
    {
      "number": 9,
      "id": "indicators",
      "short_title": "Human rights indicators and disaggregated data",
      "text": "Progress is measured with human rights indicators, broken down by the grounds of discrimination that matter locally.",
      "criteria": [
        {
          "id": "declared",
          "metric": "indicators_disaggregated",
          "thresholds": [
            0.1,
            0.25,
            0.4,
            0.6
          ],
          "weight": 1,
          "description": "Indicators broken down by a ground."
        },
        {
          "id": "reported",
          "metric": "disaggregated_data_reported",
          "window_days": 548,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Disaggregated values actually reported."
        }
      ]
    },
    {
      "number": 10,
      "id": "monitoring",
      "short_title": "Independent and regular monitoring",
      "text": "An independent body, with members from outside the administration, monitors the plan regularly.",
      "criteria": [
        {
          "id": "meetings",
          "metric": "monitoring_meetings",
          "window_days": 365,
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "Meetings of monitoring bodies in the last year."
        },
        {
          "id": "external",
          "metric": "external_member_share",
          "thresholds": [
            0.2,
            0.35,
            0.5,
            0.6
          ],
          "weight": 1,
          "description": "Share of external members."
        }
      ]
    },
    {
      "number": 11,
      "id": "reporting",
      "short_title": "Public and accessible reporting",
      "text": "The city reports publicly and regularly on the plan, in accessible formats and languages.",
      "criteria": [
        {
          "id": "reports",
          "metric": "reports_in_window",
          "window_days": 365,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "Reports in the last year."
        },
        {
          "id": "recent",
          "metric": "days_since_last_report",
          "thresholds": [
            730,
            540,
            400,
            365
          ],
          "weight": 1,
          "description": "Days since the last report."
        },
        {
          "id": "accessible",
          "metric": "accessible_reports",
          "window_days": 730,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Reports in easy read or several languages."
        }
      ]
    },
    {
      "number": 12,
      "id": "evaluation",
      "short_title": "Evaluation, learning and renewal",
      "text": "The plan is evaluated, the city answers the recommendations, and the next plan builds on what was learnt.",
      "criteria": [
        {
          "id": "evaluated",
          "metric": "evaluations_done",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "Evaluations completed."
        },
        {
          "id": "answered",
          "metric": "recommendations_answered",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Recommendations with a response."
        }
      ]
    },
    {
      "number": 13,
      "id": "capacity",
      "short_title": "Staff capacity and mainstreaming",
      "text": "Staff across the administration have the capacity to apply a human rights-based approach in their daily work.",
      "criteria": [
        {
          "id": "hrba",
          "metric": "actions_applying_hrba",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Actions applying human rights-based approach principles."
        }
      ]
    },
    {
      "number": 14,
      "id": "peer-learning",
      "short_title": "Exchange and peer learning",
      "text": "The city exchanges with and learns from other cities and networks.",
      "criteria": [
        {
          "id": "networks",
          "metric": "network_memberships",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "City networks the government belongs to."
        }
      ]
    }
  ]
}
"""#####,
        "locales/de.json": #####"""
{
  "language": "de",
  "decimal_separator": ",",
  "group_separator": ".",
  "percent_pattern": "{value} %",
  "day_pattern": "{day}. {month} {year}",
  "month_pattern": "{month} {year}",
  "month_names": [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember"
  ],
  "labels": {
    "report.title": "Jährlicher Rechenschaftsbericht",
    "report.summary_title": "Zusammenfassung",
    "report.contents": "Inhalt",
    "report.skip": "Zum Bericht springen",
    "report.generated": "Von hrap aus den erfassten Daten der Stadt erstellt.",
    "cover.year": "Berichtsjahr",
    "cover.as_of": "Datenstand",
    "cover.period": "Laufzeit des Plans: {start} bis {end}",
    "cover.open_ended": "Laufzeit des Plans: ab {start}, unbefristet (Überprüfung: {review})",
    "cover.framework": "Bewertet nach",
    "cover.text_status.paraphrase": "Die Texte der Anregungen sind eine eigene Umschreibung von hrap, nicht der amtliche Wortlaut.",
    "cover.text_status.official": "Die Texte der Anregungen sind der amtliche Wortlaut.",
    "cover.unpublished": "Entwurf: Dieser Plan ist nicht als veröffentlicht markiert; der Bericht ist nicht zur Veröffentlichung bestimmt.",
    "section.findings": "Das Wichtigste",
    "section.measure": "Wie wir messen",
    "section.scorecard": "Bewertung",
    "section.fields": "Fortschritt nach Handlungsfeld",
    "section.backwards": "Wo es Rückschritte gab",
    "section.budget": "Haushalt",
    "section.participation": "Beteiligung im Jahr",
    "section.recommendations": "Empfehlungen und Antworten",
    "section.quality": "Datenqualität",
    "section.methodology": "Methodik",
    "findings.measures": "Umgesetzte Maßnahmen: {implemented} von {total} ({more} mehr als ein Jahr zuvor).",
    "findings.indicators": "Indikatoren im Jahresverlauf: {better} verbessert, {worse} verschlechtert.",
    "findings.overdue": "Überfällige Maßnahmen ({count}): {codes}.",
    "findings.backwards": "Indikatoren mit Rückschritt ({count}): {codes}.",
    "measures.summary": "{implemented} von {total} Maßnahmen umgesetzt ({share})",
    "measure.completed": "abgeschlossen",
    "measure.completed_late": "verspätet abgeschlossen",
    "measure.ongoing": "laufend",
    "measure.planned": "geplant",
    "measure.delayed": "verzögert",
    "measure.overdue": "überfällig",
    "measure.cancelled": "eingestellt",
    "status.achieved": "erreicht",
    "status.achieved_late": "verspätet erreicht",
    "status.on_track": "im Plan",
    "status.at_risk": "gefährdet",
    "status.off_track": "nicht im Plan",
    "status.no_data": "keine Daten",
    "status.not_measurable": "nicht messbar",
    "status.stale": "veraltet",
    "definition.achieved": "Der letzte Wert erreicht das Ziel, und ein Wert erreichte es bis zum Zieldatum.",
    "definition.achieved_late": "Der letzte Wert erreicht das Ziel, aber keiner erreichte es bis zum Zieldatum.",
    "definition.on_track": "Der Fortschritt vom Ausgangs- zum Zielwert beträgt mindestens 90 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte.",
    "definition.at_risk": "Der Fortschritt beträgt mindestens 70 %, aber weniger als 90 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte.",
    "definition.off_track": "Der Fortschritt beträgt weniger als 70 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte, oder ist rückläufig.",
    "definition.no_data": "Bis zum Stichtag wurde kein Wert erfasst; das wird nie als null gezählt.",
    "definition.not_measurable": "Der Indikator hat Werte, aber keinen Ausgangs- oder Zielwert, an dem sich der Fortschritt messen lässt.",
    "definition.stale": "Der letzte Wert ist älter als das Erhebungsintervall des Indikators (ein Jahr, wenn keines festgelegt ist).",
    "definition.measure.completed": "Erledigt, bis zum Enddatum.",
    "definition.measure.completed_late": "Erledigt, nach dem Enddatum.",
    "definition.measure.ongoing": "In Arbeit und nicht über dem Enddatum.",
    "definition.measure.planned": "Nicht begonnen und nicht über dem Enddatum.",
    "definition.measure.delayed": "Im Verzug, aber noch nicht über dem Enddatum.",
    "definition.measure.overdue": "Nicht erledigt und über dem Enddatum (oder der Frist des Plans, wenn es keines hat).",
    "definition.measure.cancelled": "Eingestellt; gezählt, aber nie als umgesetzt.",
    "measure.rule": "Der Stand einer Maßnahme ist der ihres letzten Sachstands; ihre Frist ist ihr Enddatum oder die des Plans.",
    "score.rule": "Die Stufe jeder Anregung (0–4) ist das gewichtete Mittel ihrer Kriterien; der Index ist das Mittel über alle Anregungen. Die Stufen der Peer-Review sind der Median der Bewertungen.",
    "scorecard.index": "Index",
    "scorecard.previous": "Veränderung seit der am {date} gespeicherten Bewertung",
    "table.encouragement": "Anregung",
    "table.automatic": "Aus den Daten",
    "table.peer": "Peer-Review",
    "table.change": "Veränderung",
    "table.status": "Stand",
    "table.count": "Anzahl",
    "table.date": "Datum",
    "table.value": "Wert",
    "table.year": "Jahr",
    "table.indicator": "Indikator",
    "table.baseline": "Ausgangswert",
    "table.target": "Ziel",
    "table.latest": "Letzter Wert",
    "table.trend": "Im Jahresverlauf",
    "table.measure": "Maßnahme",
    "table.lead": "Federführung",
    "table.dates": "Beginn – Frist",
    "table.update": "Letzter Sachstand",
    "table.group": "Gruppe",
    "table.cause": "Grund, wie erfasst",
    "table.field": "Handlungsfeld",
    "table.improved": "Verbessert",
    "table.worsened": "Verschlechtert",
    "table.event": "Veranstaltung",
    "table.format": "Format",
    "table.participants": "Teilnehmende",
    "table.groups": "Wer teilnahm",
    "table.recommendation": "Empfehlung",
    "table.addressed": "Betrifft",
    "table.response": "Antwort",
    "table.rate": "Ausgegeben von bereitgestellt",
    "table.check": "Prüfung",
    "table.items": "Einträge",
    "trend.improved": "verbessert",
    "trend.worsened": "verschlechtert",
    "trend.unchanged": "unverändert",
    "trend.no_data": "keine Daten",
    "judged.achieved": "als erreicht beurteilt",
    "judged.on_track": "als im Plan beurteilt",
    "judged.at_risk": "als gefährdet beurteilt",
    "judged.off_track": "als nicht im Plan beurteilt",
    "chart.measures.title": "Maßnahmen nach Stand",
    "chart.scorecard.title": "Stufe jeder Anregung (0–4)",
    "chart.scorecard.description": "Balken: Stufen aus den Daten (Index {index}); Rauten: Median der Peer-Review.",
    "chart.trajectory.description": "Von {from} ({from_date}) auf {to} ({to_date}).",
    "chart.trajectory.target": "Ziel: {target} bis {target_date}.",
    "chart.values": "Werte",
    "chart.baseline": "Ausgangswert",
    "chart.target": "Ziel",
    "chart.expected": "erwarteter Verlauf",
    "chart.table": "Die Daten dieser Grafik",
    "chart.budget.title": "Haushalt je Haushaltsjahr",
    "chart.budget.description": "{year} wurden {rate} der bereitgestellten Mittel ausgegeben.",
    "budget.planned": "Geplant",
    "budget.allocated": "Bereitgestellt",
    "budget.spent": "Ausgegeben",
    "budget.none": "Es sind keine Haushaltsposten erfasst.",
    "backwards.none": "Kein Indikator hat sich verschlechtert.",
    "participation.none": "Für das Jahr ist keine Beteiligungsveranstaltung erfasst.",
    "recommendations.none": "Es sind keine Empfehlungen erfasst.",
    "recommendations.follow_up": "Umsetzung früherer Empfehlungen, wie von der Peer-Review beurteilt",
    "response.accepted": "angenommen",
    "response.partially_accepted": "teilweise angenommen",
    "response.rejected": "abgelehnt",
    "response.none": "keine Antwort",
    "follow_up.implemented": "umgesetzt",
    "follow_up.largely": "weitgehend umgesetzt",
    "follow_up.partly": "teilweise umgesetzt",
    "follow_up.not_implemented": "nicht umgesetzt",
    "format.survey": "Befragung",
    "format.workshop": "Workshop",
    "format.hearing": "Anhörung",
    "format.online_platform": "Online-Beteiligung",
    "format.advisory_council": "Beirat",
    "quality.no_baseline": "Indikatoren ohne Ausgangswert",
    "quality.stale": "Indikatoren mit veraltetem letztem Wert",
    "quality.no_data": "Indikatoren ganz ohne Wert",
    "quality.no_budget": "Laufende Maßnahmen ohne Mittel in diesem Jahr",
    "quality.overdue": "Überfällige Maßnahmen",
    "methodology.progress": "Fortschritt = (letzter Wert − Ausgangswert) ÷ (Zielwert − Ausgangswert). Erwartet = Anteil der Zeit vom Ausgangs- bis zum Zieldatum, der vergangen ist.",
    "methodology.status": "Im Plan bei einem Fortschritt ≥ 90 % des erwarteten; gefährdet bei ≥ 70 %; sonst nicht im Plan. Zu haltende Werte sind im Plan innerhalb von 5 % des Ziels, gefährdet innerhalb von 10 %.",
    "methodology.retrogression": "Rückschritt: Der letzte Wert ist schlechter als der Ausgangswert oder als der Wert davor.",
    "methodology.trend": "Im Jahresverlauf: der letzte Wert verglichen mit dem letzten Wert ein Jahr vor dem Stichtag.",
    "methodology.dates": "Ein auf Monat oder Jahr datierter Wert zählt ab dem letzten Tag dieses Monats oder Jahres.",
    "methodology.private": "Als nicht öffentlich markierte Werte fehlen in diesem Bericht.",
    "methodology.execution": "Mittelabfluss = ausgegeben ÷ bereitgestellt, über die Posten, die beides angeben, Pakete eingeschlossen."
  }
}

"""#####,
        "locales/en.json": #####"""
{
  "language": "en",
  "decimal_separator": ".",
  "group_separator": ",",
  "percent_pattern": "{value} %",
  "day_pattern": "{day} {month} {year}",
  "month_pattern": "{month} {year}",
  "month_names": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"],
  "labels": {
    "report.title": "Annual accountability report",
    "report.summary_title": "Summary",
    "report.contents": "Contents",
    "report.skip": "Skip to the report",
    "report.generated": "Generated by hrap from the city's recorded data.",
    "cover.year": "Reporting year",
    "cover.as_of": "Data as of",
    "cover.period": "Plan period: {start} to {end}",
    "cover.open_ended": "Plan period: from {start}, open-ended (review: {review})",
    "cover.framework": "Scored against",
    "cover.text_status.paraphrase": "The encouragement texts are hrap's own paraphrase, not the official wording.",
    "cover.text_status.official": "The encouragement texts are the official wording.",
    "cover.unpublished": "Draft: this plan is not marked as published; this report is not for publication.",
    "section.findings": "Key findings",
    "section.measure": "How we measure",
    "section.scorecard": "Scorecard",
    "section.fields": "Progress by field of action",
    "section.backwards": "Where we went backwards",
    "section.budget": "Budget",
    "section.participation": "Participation in the year",
    "section.recommendations": "Recommendations and responses",
    "section.quality": "Data quality",
    "section.methodology": "Methodology",
    "findings.measures": "Measures implemented: {implemented} of {total} ({more} more than a year earlier).",
    "findings.indicators": "Indicators over the year: {better} improved, {worse} worse.",
    "findings.overdue": "Overdue measures ({count}): {codes}.",
    "findings.backwards": "Indicators going backwards ({count}): {codes}.",
    "measures.summary": "{implemented} of {total} measures implemented ({share})",
    "measure.completed": "completed",
    "measure.completed_late": "completed late",
    "measure.ongoing": "ongoing",
    "measure.planned": "planned",
    "measure.delayed": "delayed",
    "measure.overdue": "overdue",
    "measure.cancelled": "cancelled",
    "status.achieved": "achieved",
    "status.achieved_late": "achieved late",
    "status.on_track": "on track",
    "status.at_risk": "at risk",
    "status.off_track": "off track",
    "status.no_data": "no data",
    "status.not_measurable": "not measurable",
    "status.stale": "stale",
    "definition.achieved": "The latest value meets the target, and a value met it by the target date.",
    "definition.achieved_late": "The latest value meets the target, but none met it by the target date.",
    "definition.on_track": "Progress from baseline to target is at least 90 % of what a straight line would have reached by now.",
    "definition.at_risk": "Progress is at least 70 %, but less than 90 %, of what a straight line would have reached by now.",
    "definition.off_track": "Progress is less than 70 % of what a straight line would have reached by now, or going backwards.",
    "definition.no_data": "No value has been recorded by the reference date; it is never counted as zero.",
    "definition.not_measurable": "The indicator has values, but no baseline or no target to measure progress against.",
    "definition.stale": "The latest value is older than the indicator's reporting frequency (a year when none is set).",
    "definition.measure.completed": "Done, by its end date.",
    "definition.measure.completed_late": "Done, after its end date.",
    "definition.measure.ongoing": "Under way and not past its end date.",
    "definition.measure.planned": "Not started and not past its end date.",
    "definition.measure.delayed": "Behind schedule, not yet past its end date.",
    "definition.measure.overdue": "Not done and past its end date (or the plan's deadline, when it has none).",
    "definition.measure.cancelled": "Stopped; counted, but never as implemented.",
    "measure.rule": "A measure's status is the one given by its latest progress update; its deadline is its end date, or the plan's.",
    "score.rule": "Each encouragement's level (0–4) is the weighted mean of its criteria; the index is the mean over encouragements. Peer levels are the median of the reviewers' ratings.",
    "scorecard.index": "Index",
    "scorecard.previous": "Change since the score saved on {date}",
    "table.encouragement": "Encouragement",
    "table.automatic": "From the data",
    "table.peer": "Peer reviewers",
    "table.change": "Change",
    "table.status": "Status",
    "table.count": "Number",
    "table.date": "Date",
    "table.value": "Value",
    "table.year": "Year",
    "table.indicator": "Indicator",
    "table.baseline": "Baseline",
    "table.target": "Target",
    "table.latest": "Latest",
    "table.trend": "Over the year",
    "table.measure": "Measure",
    "table.lead": "Lead unit",
    "table.dates": "Start – due",
    "table.update": "Latest update",
    "table.group": "Group",
    "table.cause": "Why, as recorded",
    "table.field": "Field of action",
    "table.improved": "Improved",
    "table.worsened": "Worsened",
    "table.event": "Event",
    "table.format": "Format",
    "table.participants": "Participants",
    "table.groups": "Who took part",
    "table.recommendation": "Recommendation",
    "table.addressed": "Addressed to",
    "table.response": "Response",
    "table.rate": "Spent of allocated",
    "table.check": "Check",
    "table.items": "Items",
    "trend.improved": "improved",
    "trend.worsened": "worse",
    "trend.unchanged": "unchanged",
    "trend.no_data": "no data",
    "judged.achieved": "judged achieved",
    "judged.on_track": "judged on track",
    "judged.at_risk": "judged at risk",
    "judged.off_track": "judged off track",
    "chart.measures.title": "Measures by status",
    "chart.scorecard.title": "Level of each encouragement (0–4)",
    "chart.scorecard.description": "Bars: levels from the data (index {index}); diamonds: peer reviewers' median.",
    "chart.trajectory.description": "From {from} ({from_date}) to {to} ({to_date}).",
    "chart.trajectory.target": "Target: {target} by {target_date}.",
    "chart.values": "values",
    "chart.baseline": "baseline",
    "chart.target": "target",
    "chart.expected": "expected path",
    "chart.table": "The data in this chart",
    "chart.budget.title": "Budget per fiscal year",
    "chart.budget.description": "In {year}, {rate} of the allocated money was spent.",
    "budget.planned": "Planned",
    "budget.allocated": "Allocated",
    "budget.spent": "Spent",
    "budget.none": "No budget lines are recorded.",
    "backwards.none": "No indicator went backwards.",
    "participation.none": "No participation event is recorded for the year.",
    "recommendations.none": "No recommendations are recorded.",
    "recommendations.follow_up": "Follow-up of earlier recommendations, as rated by the reviewers",
    "response.accepted": "accepted",
    "response.partially_accepted": "partly accepted",
    "response.rejected": "rejected",
    "response.none": "no response",
    "follow_up.implemented": "implemented",
    "follow_up.largely": "largely implemented",
    "follow_up.partly": "partly implemented",
    "follow_up.not_implemented": "not implemented",
    "format.survey": "survey",
    "format.workshop": "workshop",
    "format.hearing": "hearing",
    "format.online_platform": "online platform",
    "format.advisory_council": "advisory council",
    "quality.no_baseline": "Indicators without a baseline",
    "quality.stale": "Indicators whose latest value is stale",
    "quality.no_data": "Indicators without any value",
    "quality.no_budget": "Active measures without money this year",
    "quality.overdue": "Overdue measures",
    "methodology.progress": "Progress = (latest value − baseline) ÷ (target − baseline). Expected = share of the time from the baseline date to the target date that has passed.",
    "methodology.status": "On track when progress ≥ 90 % of expected; at risk when ≥ 70 %; otherwise off track. Indicators to maintain are on track within 5 % of the target, at risk within 10 %.",
    "methodology.retrogression": "Going backwards: the latest value is worse than the baseline or than the value before it.",
    "methodology.trend": "Over the year: the latest value compared with the latest value a year before the reference date.",
    "methodology.dates": "A value dated to a month or a year counts from that month's or year's last day.",
    "methodology.private": "Values marked as not public are left out of this report.",
    "methodology.execution": "Execution rate = spent ÷ allocated, over the lines that give both, packages included."
  }
}

"""#####,
        "locales/es.json": #####"""
{
  "language": "es",
  "decimal_separator": ",",
  "group_separator": ".",
  "percent_pattern": "{value} %",
  "day_pattern": "{day} de {month} de {year}",
  "month_pattern": "{month} de {year}",
  "month_names": [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre"
  ],
  "labels": {
    "report.title": "Informe anual de rendición de cuentas",
    "report.summary_title": "Resumen",
    "report.contents": "Índice",
    "report.skip": "Ir al informe",
    "report.generated": "Generado por hrap a partir de los datos registrados por la ciudad.",
    "cover.year": "Año del informe",
    "cover.as_of": "Datos a",
    "cover.period": "Periodo del plan: del {start} al {end}",
    "cover.open_ended": "Periodo del plan: desde {start}, sin fecha de fin (revisión: {review})",
    "cover.framework": "Evaluado según",
    "cover.text_status.paraphrase": "Los textos de las orientaciones son una paráfrasis propia de hrap, no el texto oficial.",
    "cover.text_status.official": "Los textos de las orientaciones son el texto oficial.",
    "cover.unpublished": "Borrador: este plan no está marcado como publicado; este informe no es para publicación.",
    "section.findings": "Lo esencial",
    "section.measure": "Cómo medimos",
    "section.scorecard": "Cuadro de evaluación",
    "section.fields": "Avance por ámbito de actuación",
    "section.backwards": "Dónde retrocedimos",
    "section.budget": "Presupuesto",
    "section.participation": "Participación en el año",
    "section.recommendations": "Recomendaciones y respuestas",
    "section.quality": "Calidad de los datos",
    "section.methodology": "Metodología",
    "findings.measures": "Medidas ejecutadas: {implemented} de {total} ({more} más que un año antes).",
    "findings.indicators": "Indicadores en el año: {better} mejoraron, {worse} empeoraron.",
    "findings.overdue": "Medidas vencidas ({count}): {codes}.",
    "findings.backwards": "Indicadores en retroceso ({count}): {codes}.",
    "measures.summary": "{implemented} de {total} medidas ejecutadas ({share})",
    "measure.completed": "finalizada",
    "measure.completed_late": "finalizada con retraso",
    "measure.ongoing": "en curso",
    "measure.planned": "prevista",
    "measure.delayed": "retrasada",
    "measure.overdue": "vencida",
    "measure.cancelled": "cancelada",
    "status.achieved": "alcanzado",
    "status.achieved_late": "alcanzado con retraso",
    "status.on_track": "en buen camino",
    "status.at_risk": "en riesgo",
    "status.off_track": "fuera de trayectoria",
    "status.no_data": "sin datos",
    "status.not_measurable": "no medible",
    "status.stale": "desactualizado",
    "definition.achieved": "El último valor alcanza la meta, y un valor la alcanzó antes de la fecha meta.",
    "definition.achieved_late": "El último valor alcanza la meta, pero ninguno la alcanzó antes de la fecha meta.",
    "definition.on_track": "El avance desde la línea de base hacia la meta es al menos el 90 % de lo que una progresión lineal habría alcanzado hasta ahora.",
    "definition.at_risk": "El avance es al menos el 70 %, pero menos del 90 %, de lo que una progresión lineal habría alcanzado hasta ahora.",
    "definition.off_track": "El avance es menor del 70 % de lo que una progresión lineal habría alcanzado hasta ahora, o retrocede.",
    "definition.no_data": "No se ha registrado ningún valor en la fecha de referencia; nunca se cuenta como cero.",
    "definition.not_measurable": "El indicador tiene valores, pero no línea de base o meta con la que medir el avance.",
    "definition.stale": "El último valor es más antiguo que la frecuencia del indicador (un año si no se fija ninguna).",
    "definition.measure.completed": "Hecha, antes de su fecha de fin.",
    "definition.measure.completed_late": "Hecha, después de su fecha de fin.",
    "definition.measure.ongoing": "En marcha y sin pasar su fecha de fin.",
    "definition.measure.planned": "Sin empezar y sin pasar su fecha de fin.",
    "definition.measure.delayed": "Con retraso, aún sin pasar su fecha de fin.",
    "definition.measure.overdue": "Sin hacer y pasada su fecha de fin (o el plazo del plan, si no tiene).",
    "definition.measure.cancelled": "Detenida; se cuenta, pero nunca como ejecutada.",
    "measure.rule": "El estado de una medida es el de su última actualización; su plazo es su fecha de fin, o el del plan.",
    "score.rule": "El nivel de cada orientación (0–4) es la media ponderada de sus criterios; el índice es la media de las orientaciones. Los niveles de los pares son la mediana de sus valoraciones.",
    "scorecard.index": "Índice",
    "scorecard.previous": "Cambio desde la evaluación guardada el {date}",
    "table.encouragement": "Orientación",
    "table.automatic": "Según los datos",
    "table.peer": "Pares",
    "table.change": "Cambio",
    "table.status": "Estado",
    "table.count": "Número",
    "table.date": "Fecha",
    "table.value": "Valor",
    "table.year": "Año",
    "table.indicator": "Indicador",
    "table.baseline": "Línea de base",
    "table.target": "Meta",
    "table.latest": "Último valor",
    "table.trend": "En el año",
    "table.measure": "Medida",
    "table.lead": "Unidad responsable",
    "table.dates": "Inicio – plazo",
    "table.update": "Última actualización",
    "table.group": "Grupo",
    "table.cause": "Causa, según el registro",
    "table.field": "Ámbito de actuación",
    "table.improved": "Mejoraron",
    "table.worsened": "Empeoraron",
    "table.event": "Actividad",
    "table.format": "Formato",
    "table.participants": "Participantes",
    "table.groups": "Quién participó",
    "table.recommendation": "Recomendación",
    "table.addressed": "Dirigida a",
    "table.response": "Respuesta",
    "table.rate": "Gastado sobre asignado",
    "table.check": "Comprobación",
    "table.items": "Elementos",
    "trend.improved": "mejoró",
    "trend.worsened": "empeoró",
    "trend.unchanged": "sin cambios",
    "trend.no_data": "sin datos",
    "judged.achieved": "valorado como alcanzado",
    "judged.on_track": "valorado en buen camino",
    "judged.at_risk": "valorado en riesgo",
    "judged.off_track": "valorado fuera de trayectoria",
    "chart.measures.title": "Medidas por estado",
    "chart.scorecard.title": "Nivel de cada orientación (0–4)",
    "chart.scorecard.description": "Barras: niveles según los datos (índice {index}); rombos: mediana de los pares.",
    "chart.trajectory.description": "De {from} ({from_date}) a {to} ({to_date}).",
    "chart.trajectory.target": "Meta: {target} para {target_date}.",
    "chart.values": "valores",
    "chart.baseline": "línea de base",
    "chart.target": "meta",
    "chart.expected": "trayectoria esperada",
    "chart.table": "Los datos de este gráfico",
    "chart.budget.title": "Presupuesto por ejercicio",
    "chart.budget.description": "En {year} se gastó el {rate} de los fondos asignados.",
    "budget.planned": "Previsto",
    "budget.allocated": "Asignado",
    "budget.spent": "Gastado",
    "budget.none": "No hay partidas presupuestarias registradas.",
    "backwards.none": "Ningún indicador retrocedió.",
    "participation.none": "No hay actividades de participación registradas en el año.",
    "recommendations.none": "No hay recomendaciones registradas.",
    "recommendations.follow_up": "Seguimiento de recomendaciones anteriores, según los pares",
    "response.accepted": "aceptada",
    "response.partially_accepted": "aceptada en parte",
    "response.rejected": "rechazada",
    "response.none": "sin respuesta",
    "follow_up.implemented": "ejecutada",
    "follow_up.largely": "ejecutada en gran parte",
    "follow_up.partly": "ejecutada en parte",
    "follow_up.not_implemented": "no ejecutada",
    "format.survey": "encuesta",
    "format.workshop": "taller",
    "format.hearing": "audiencia",
    "format.online_platform": "plataforma en línea",
    "format.advisory_council": "consejo asesor",
    "quality.no_baseline": "Indicadores sin línea de base",
    "quality.stale": "Indicadores con el último valor desactualizado",
    "quality.no_data": "Indicadores sin ningún valor",
    "quality.no_budget": "Medidas activas sin fondos este año",
    "quality.overdue": "Medidas vencidas",
    "methodology.progress": "Avance = (último valor − línea de base) ÷ (meta − línea de base). Esperado = parte del tiempo transcurrido entre la fecha de la línea de base y la fecha meta.",
    "methodology.status": "En buen camino si el avance ≥ 90 % del esperado; en riesgo si ≥ 70 %; si no, fuera de trayectoria. Los valores que deben mantenerse están en buen camino a menos del 5 % de la meta, en riesgo a menos del 10 %.",
    "methodology.retrogression": "Retroceso: el último valor es peor que la línea de base o que el valor anterior.",
    "methodology.trend": "En el año: el último valor comparado con el último valor un año antes de la fecha de referencia.",
    "methodology.dates": "Un valor fechado por mes o año cuenta desde el último día de ese mes o año.",
    "methodology.private": "Los valores marcados como no públicos no figuran en este informe.",
    "methodology.execution": "Tasa de ejecución = gastado ÷ asignado, en las partidas que indican ambos, fondos globales incluidos."
  }
}

"""#####,
        "locales/fr.json": #####"""
{
  "language": "fr",
  "decimal_separator": ",",
  "group_separator": " ",
  "percent_pattern": "{value} %",
  "day_pattern": "{day} {month} {year}",
  "month_pattern": "{month} {year}",
  "month_names": [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre"
  ],
  "labels": {
    "report.title": "Rapport annuel de redevabilité",
    "report.summary_title": "Synthèse",
    "report.contents": "Sommaire",
    "report.skip": "Aller au rapport",
    "report.generated": "Produit par hrap à partir des données enregistrées par la ville.",
    "cover.year": "Année du rapport",
    "cover.as_of": "Données au",
    "cover.period": "Période du plan : du {start} au {end}",
    "cover.open_ended": "Période du plan : à partir de {start}, sans échéance (révision : {review})",
    "cover.framework": "Évalué selon",
    "cover.text_status.paraphrase": "Les textes des encouragements sont une paraphrase propre à hrap, pas le texte officiel.",
    "cover.text_status.official": "Les textes des encouragements sont le texte officiel.",
    "cover.unpublished": "Projet : ce plan n'est pas marqué comme publié ; ce rapport n'est pas destiné à la publication.",
    "section.findings": "L'essentiel",
    "section.measure": "Comment nous mesurons",
    "section.scorecard": "Tableau d'évaluation",
    "section.fields": "Avancement par domaine d'action",
    "section.backwards": "Où nous avons reculé",
    "section.budget": "Budget",
    "section.participation": "Participation dans l'année",
    "section.recommendations": "Recommandations et réponses",
    "section.quality": "Qualité des données",
    "section.methodology": "Méthodologie",
    "findings.measures": "Mesures mises en œuvre : {implemented} sur {total} ({more} de plus qu'un an plus tôt).",
    "findings.indicators": "Indicateurs sur l'année : {better} en amélioration, {worse} en dégradation.",
    "findings.overdue": "Mesures en retard ({count}) : {codes}.",
    "findings.backwards": "Indicateurs en recul ({count}) : {codes}.",
    "measures.summary": "{implemented} mesures sur {total} mises en œuvre ({share})",
    "measure.completed": "achevée",
    "measure.completed_late": "achevée en retard",
    "measure.ongoing": "en cours",
    "measure.planned": "prévue",
    "measure.delayed": "retardée",
    "measure.overdue": "en retard",
    "measure.cancelled": "abandonnée",
    "status.achieved": "atteint",
    "status.achieved_late": "atteint en retard",
    "status.on_track": "en bonne voie",
    "status.at_risk": "à risque",
    "status.off_track": "hors trajectoire",
    "status.no_data": "pas de données",
    "status.not_measurable": "non mesurable",
    "status.stale": "périmé",
    "definition.achieved": "La dernière valeur atteint la cible, et une valeur l'a atteinte avant la date cible.",
    "definition.achieved_late": "La dernière valeur atteint la cible, mais aucune ne l'a atteinte avant la date cible.",
    "definition.on_track": "L'avancement de la valeur de départ vers la cible atteint au moins 90 % de ce qu'une progression régulière aurait atteint à ce jour.",
    "definition.at_risk": "L'avancement atteint au moins 70 %, mais moins de 90 %, de ce qu'une progression régulière aurait atteint à ce jour.",
    "definition.off_track": "L'avancement est inférieur à 70 % de ce qu'une progression régulière aurait atteint à ce jour, ou en recul.",
    "definition.no_data": "Aucune valeur n'a été enregistrée à la date de référence ; ce n'est jamais compté comme zéro.",
    "definition.not_measurable": "L'indicateur a des valeurs, mais pas de valeur de départ ou de cible pour mesurer l'avancement.",
    "definition.stale": "La dernière valeur est plus ancienne que la fréquence de l'indicateur (un an si aucune n'est fixée).",
    "definition.measure.completed": "Réalisée, avant sa date de fin.",
    "definition.measure.completed_late": "Réalisée, après sa date de fin.",
    "definition.measure.ongoing": "En cours et pas au-delà de sa date de fin.",
    "definition.measure.planned": "Pas commencée et pas au-delà de sa date de fin.",
    "definition.measure.delayed": "En retard sur le calendrier, pas encore au-delà de sa date de fin.",
    "definition.measure.overdue": "Non réalisée et au-delà de sa date de fin (ou de l'échéance du plan, si elle n'en a pas).",
    "definition.measure.cancelled": "Arrêtée ; comptée, mais jamais comme mise en œuvre.",
    "measure.rule": "L'état d'une mesure est celui de sa dernière mise à jour ; son échéance est sa date de fin, ou celle du plan.",
    "score.rule": "Le niveau de chaque encouragement (0–4) est la moyenne pondérée de ses critères ; l'indice est la moyenne des encouragements. Les niveaux des pairs sont la médiane de leurs notes.",
    "scorecard.index": "Indice",
    "scorecard.previous": "Évolution depuis l'évaluation enregistrée le {date}",
    "table.encouragement": "Encouragement",
    "table.automatic": "Selon les données",
    "table.peer": "Pairs",
    "table.change": "Évolution",
    "table.status": "État",
    "table.count": "Nombre",
    "table.date": "Date",
    "table.value": "Valeur",
    "table.year": "Année",
    "table.indicator": "Indicateur",
    "table.baseline": "Départ",
    "table.target": "Cible",
    "table.latest": "Dernière valeur",
    "table.trend": "Sur l'année",
    "table.measure": "Mesure",
    "table.lead": "Service pilote",
    "table.dates": "Début – échéance",
    "table.update": "Dernière mise à jour",
    "table.group": "Groupe",
    "table.cause": "Cause, telle qu'enregistrée",
    "table.field": "Domaine d'action",
    "table.improved": "En amélioration",
    "table.worsened": "En dégradation",
    "table.event": "Événement",
    "table.format": "Format",
    "table.participants": "Participants",
    "table.groups": "Qui a participé",
    "table.recommendation": "Recommandation",
    "table.addressed": "Concerne",
    "table.response": "Réponse",
    "table.rate": "Dépensé sur alloué",
    "table.check": "Contrôle",
    "table.items": "Éléments",
    "trend.improved": "en amélioration",
    "trend.worsened": "en dégradation",
    "trend.unchanged": "inchangé",
    "trend.no_data": "pas de données",
    "judged.achieved": "jugé atteint",
    "judged.on_track": "jugé en bonne voie",
    "judged.at_risk": "jugé à risque",
    "judged.off_track": "jugé hors trajectoire",
    "chart.measures.title": "Mesures par état",
    "chart.scorecard.title": "Niveau de chaque encouragement (0–4)",
    "chart.scorecard.description": "Barres : niveaux selon les données (indice {index}) ; losanges : médiane des pairs.",
    "chart.trajectory.description": "De {from} ({from_date}) à {to} ({to_date}).",
    "chart.trajectory.target": "Cible : {target} d'ici {target_date}.",
    "chart.values": "valeurs",
    "chart.baseline": "départ",
    "chart.target": "cible",
    "chart.expected": "trajectoire attendue",
    "chart.table": "Les données de ce graphique",
    "chart.budget.title": "Budget par exercice",
    "chart.budget.description": "En {year}, {rate} des crédits alloués ont été dépensés.",
    "budget.planned": "Prévu",
    "budget.allocated": "Alloué",
    "budget.spent": "Dépensé",
    "budget.none": "Aucune ligne budgétaire n'est enregistrée.",
    "backwards.none": "Aucun indicateur n'a reculé.",
    "participation.none": "Aucun événement de participation n'est enregistré pour l'année.",
    "recommendations.none": "Aucune recommandation n'est enregistrée.",
    "recommendations.follow_up": "Suivi des recommandations antérieures, selon les pairs",
    "response.accepted": "acceptée",
    "response.partially_accepted": "partiellement acceptée",
    "response.rejected": "rejetée",
    "response.none": "sans réponse",
    "follow_up.implemented": "mise en œuvre",
    "follow_up.largely": "largement mise en œuvre",
    "follow_up.partly": "partiellement mise en œuvre",
    "follow_up.not_implemented": "non mise en œuvre",
    "format.survey": "enquête",
    "format.workshop": "atelier",
    "format.hearing": "audition",
    "format.online_platform": "plateforme en ligne",
    "format.advisory_council": "conseil consultatif",
    "quality.no_baseline": "Indicateurs sans valeur de départ",
    "quality.stale": "Indicateurs dont la dernière valeur est périmée",
    "quality.no_data": "Indicateurs sans aucune valeur",
    "quality.no_budget": "Mesures actives sans crédits cette année",
    "quality.overdue": "Mesures en retard",
    "methodology.progress": "Avancement = (dernière valeur − départ) ÷ (cible − départ). Attendu = part du temps écoulé entre la date de départ et la date cible.",
    "methodology.status": "En bonne voie si l'avancement ≥ 90 % de l'attendu ; à risque si ≥ 70 % ; sinon hors trajectoire. Les valeurs à maintenir sont en bonne voie à moins de 5 % de la cible, à risque à moins de 10 %.",
    "methodology.retrogression": "Recul : la dernière valeur est moins bonne que la valeur de départ ou que la valeur précédente.",
    "methodology.trend": "Sur l'année : la dernière valeur comparée à la dernière valeur un an avant la date de référence.",
    "methodology.dates": "Une valeur datée d'un mois ou d'une année compte à partir du dernier jour de ce mois ou de cette année.",
    "methodology.private": "Les valeurs marquées comme non publiques ne figurent pas dans ce rapport.",
    "methodology.execution": "Taux d'exécution = dépensé ÷ alloué, sur les lignes qui donnent les deux, enveloppes comprises."
  }
}

"""#####,
        "reports/annual.html.mustache": #####"""
{{<layout.html}}
{{$title}}{{labels.report_title}} {{cover.year}}: {{cover.title.text}}{{/title}}
{{$header}}
<header class="cover">
<p>{{#cover.government}}{{>content.html}}{{/cover.government}}</p>
<h1>{{labels.report_title}} {{cover.year}}: {{#cover.title}}{{>content.html}}{{/cover.title}}</h1>
<p>{{cover.period}}</p>
<p>{{labels.cover_year}}: {{cover.year}} · {{labels.cover_as_of}}: {{cover.as_of}}</p>
<p>{{labels.cover_framework}}: {{#cover.framework}}{{>content.html}}{{/cover.framework}}. {{cover.framework_status}}</p>
{{#cover.unpublished}}
<p class="notice" role="note">{{labels.cover_unpublished}}</p>
{{/cover.unpublished}}
</header>
{{/header}}
{{$content}}
<nav aria-labelledby="contents-heading">
<h2 id="contents-heading">{{labels.report_contents}}</h2>
<ol>
<li><a href="#findings">{{labels.section_findings}}</a></li>
<li><a href="#measure">{{labels.section_measure}}</a></li>
<li><a href="#scorecard">{{labels.section_scorecard}}</a></li>
<li><a href="#fields">{{labels.section_fields}}</a></li>
<li><a href="#backwards">{{labels.section_backwards}}</a></li>
<li><a href="#budget">{{labels.section_budget}}</a></li>
<li><a href="#participation">{{labels.section_participation}}</a></li>
<li><a href="#recommendations">{{labels.section_recommendations}}</a></li>
<li><a href="#quality">{{labels.section_quality}}</a></li>
<li><a href="#methodology">{{labels.section_methodology}}</a></li>
</ol>
</nav>
<section id="findings" aria-labelledby="findings-heading">
<h2 id="findings-heading">{{labels.section_findings}}</h2>
<ul class="findings">
{{#findings}}
<li>{{.}}</li>
{{/findings}}
</ul>
{{#measures.chart}}{{>figure.html}}{{/measures.chart}}
</section>
<section id="measure" aria-labelledby="measure-heading">
<h2 id="measure-heading">{{labels.section_measure}}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_status}}</th><th scope="col">{{labels.section_measure}}</th></tr></thead>
<tbody>
{{#definitions.statuses}}
<tr><th scope="row" class="status">{{status.symbol}} {{status.label}}</th><td>{{definition}}</td></tr>
{{/definitions.statuses}}
{{#definitions.measures}}
<tr><th scope="row" class="status">{{label}}</th><td>{{definition}}</td></tr>
{{/definitions.measures}}
</tbody>
</table></div>
<p>{{labels.measure_rule}} {{labels.score_rule}}</p>
</section>
<section id="scorecard" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">{{labels.section_scorecard}}</h2>
<p>{{labels.scorecard_index}}: <strong>{{scorecard.index}}</strong> ({{scorecard.percent}})</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">#</th><th scope="col">{{labels.table_encouragement}}</th><th scope="col" class="number">{{labels.table_automatic}}</th><th scope="col" class="number">{{labels.table_peer}}</th><th scope="col" class="number">{{labels.table_change}}</th></tr></thead>
<tbody>
{{#scorecard.rows}}
<tr><td>{{number}}</td><td>{{#title}}{{>content.html}}{{/title}}</td><td class="number">{{automatic}}{{^automatic}}–{{/automatic}}</td><td class="number">{{peer}}{{^peer}}–{{/peer}}</td><td class="number">{{change}}{{^change}}–{{/change}}</td></tr>
{{/scorecard.rows}}
</tbody>
</table></div>
{{#scorecard.chart}}{{>figure.html}}{{/scorecard.chart}}
</section>
<section id="fields" aria-labelledby="fields-heading">
<h2 id="fields-heading">{{labels.section_fields}}</h2>
{{#fields}}
<section class="field" aria-labelledby="field-{{code}}">
<h3 id="field-{{code}}">{{code}}. {{#title}}{{>content.html}}{{/title}}</h3>
<p>{{measures.summary}} · {{labels.table_improved}}: {{improved}} · {{labels.table_worsened}}: {{worsened}}</p>
{{#objectives}}
<h4>{{code}} {{#title}}{{>content.html}}{{/title}}</h4>
<p>{{measures.summary}}</p>
{{#has_indicators}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_indicator}}</th><th scope="col" class="number">{{labels.table_baseline}}</th><th scope="col" class="number">{{labels.table_target}}</th><th scope="col" class="number">{{labels.table_latest}}</th><th scope="col">{{labels.table_status}}</th><th scope="col">{{labels.table_trend}}</th></tr></thead>
<tbody>
{{#indicators}}
<tr><th scope="row">{{code}} {{#name}}{{>content.html}}{{/name}}{{#unit.text}} ({{.}}){{/unit.text}}</th><td class="number">{{baseline}}{{^baseline}}–{{/baseline}}{{#baseline_date}} ({{.}}){{/baseline_date}}</td><td class="number">{{#target.text}}{{#target}}{{>content.html}}{{/target}}{{/target.text}}{{^target.text}}{{target}}{{/target.text}}{{^target}}–{{/target}}{{#target_date}} ({{.}}){{/target_date}}</td><td class="number">{{latest}}{{^latest}}–{{/latest}}{{#latest_date}} ({{.}}){{/latest_date}}</td><td class="status">{{status.symbol}} {{status.label}}{{#status.stale}} · {{labels.status_stale}}{{/status.stale}}</td><td>{{trend.label}}</td></tr>
{{/indicators}}
</tbody>
</table></div>
{{#indicators}}
{{#chart}}{{>figure.html}}{{/chart}}
{{#has_groups}}
<div class="table-wrap"><table>
<caption>{{code}}: {{labels.table_group}}</caption>
<thead><tr><th scope="col">{{labels.table_group}}</th><th scope="col" class="number">{{labels.table_value}}</th><th scope="col">{{labels.table_date}}</th></tr></thead>
<tbody>
{{#groups}}
<tr><td>{{group}}</td><td class="number">{{value}}</td><td>{{date}}</td></tr>
{{/groups}}
</tbody>
</table></div>
{{/has_groups}}
{{/indicators}}
{{/has_indicators}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_measure}}</th><th scope="col">{{labels.table_status}}</th><th scope="col">{{labels.table_lead}}</th><th scope="col">{{labels.table_dates}}</th><th scope="col">{{labels.table_update}}</th></tr></thead>
<tbody>
{{#actions}}
<tr><th scope="row">{{code}} {{#title}}{{>content.html}}{{/title}}</th><td class="status">{{status.label}}</td><td>{{#lead}}{{>content.html}}{{/lead}}{{^lead}}–{{/lead}}</td><td>{{start}}{{^start}}–{{/start}} – {{end}}{{^end}}–{{/end}}</td><td>{{#update_date}}{{.}}: {{/update_date}}{{#update}}{{>content.html}}{{/update}}{{^update}}–{{/update}}</td></tr>
{{/actions}}
</tbody>
</table></div>
{{/objectives}}
</section>
{{/fields}}
</section>
<section id="backwards" aria-labelledby="backwards-heading">
<h2 id="backwards-heading">{{labels.section_backwards}}</h2>
{{#backwards.none}}<p>{{labels.backwards_none}}</p>{{/backwards.none}}
{{^backwards.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_indicator}}</th><th scope="col" class="number">{{labels.table_baseline}}</th><th scope="col" class="number">{{labels.table_latest}}</th><th scope="col">{{labels.table_cause}}</th></tr></thead>
<tbody>
{{#backwards.rows}}
<tr><th scope="row">{{code}} {{#name}}{{>content.html}}{{/name}}</th><td class="number">{{baseline}}{{^baseline}}–{{/baseline}}</td><td class="number">{{latest}} ({{date}})</td><td>{{#cause}}{{>content.html}}{{/cause}}{{^cause}}–{{/cause}}</td></tr>
{{/backwards.rows}}
</tbody>
</table></div>
{{/backwards.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_field}}</th><th scope="col" class="number">{{labels.table_improved}}</th><th scope="col" class="number">{{labels.table_worsened}}</th></tr></thead>
<tbody>
{{#backwards.fields}}
<tr><th scope="row">{{#title}}{{>content.html}}{{/title}}</th><td class="number">{{improved}}</td><td class="number">{{worsened}}</td></tr>
{{/backwards.fields}}
</tbody>
</table></div>
</section>
<section id="budget" aria-labelledby="budget-heading">
<h2 id="budget-heading">{{labels.section_budget}}</h2>
{{#budget.none}}<p>{{labels.budget_none}}</p>{{/budget.none}}
{{^budget.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_year}}</th><th scope="col" class="number">{{labels.budget_planned}} ({{budget.currency}})</th><th scope="col" class="number">{{labels.budget_allocated}}</th><th scope="col" class="number">{{labels.budget_spent}}</th><th scope="col" class="number">{{labels.table_rate}}</th></tr></thead>
<tbody>
{{#budget.rows}}
<tr><th scope="row">{{year}}</th><td class="number">{{planned}}{{^planned}}–{{/planned}}</td><td class="number">{{allocated}}{{^allocated}}–{{/allocated}}</td><td class="number">{{spent}}{{^spent}}–{{/spent}}</td><td class="number">{{rate}}</td></tr>
{{/budget.rows}}
</tbody>
</table></div>
{{#budget.chart}}{{>figure.html}}{{/budget.chart}}
{{/budget.none}}
</section>
<section id="participation" aria-labelledby="participation-heading">
<h2 id="participation-heading">{{labels.section_participation}}</h2>
{{#participation.none}}<p>{{labels.participation_none}}</p>{{/participation.none}}
{{^participation.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_date}}</th><th scope="col">{{labels.table_event}}</th><th scope="col">{{labels.table_format}}</th><th scope="col" class="number">{{labels.table_participants}}</th><th scope="col">{{labels.table_groups}}</th></tr></thead>
<tbody>
{{#participation.rows}}
<tr><td>{{date}}{{#end}} – {{.}}{{/end}}</td><th scope="row">{{#title}}{{>content.html}}{{/title}}</th><td>{{format}}</td><td class="number">{{participants}}{{^participants}}–{{/participants}}</td><td>{{#groups}}{{>content.html}}{{/groups}}</td></tr>
{{/participation.rows}}
</tbody>
</table></div>
{{/participation.none}}
</section>
<section id="recommendations" aria-labelledby="recommendations-heading">
<h2 id="recommendations-heading">{{labels.section_recommendations}}</h2>
{{#recommendations.none}}<p>{{labels.recommendations_none}}</p>{{/recommendations.none}}
{{^recommendations.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">#</th><th scope="col">{{labels.table_recommendation}}</th><th scope="col">{{labels.table_addressed}}</th><th scope="col">{{labels.table_response}}</th><th scope="col">{{labels.table_date}}</th></tr></thead>
<tbody>
{{#recommendations.rows}}
<tr><td>{{code}}</td><td>{{#text}}{{>content.html}}{{/text}}</td><td>{{addressed}}{{^addressed}}–{{/addressed}}</td><td>{{response}}</td><td>{{date}}{{^date}}–{{/date}}</td></tr>
{{/recommendations.rows}}
</tbody>
</table></div>
{{/recommendations.none}}
{{#recommendations.has_follow_ups}}
<div class="table-wrap"><table>
<caption>{{labels.recommendations_follow_up}}</caption>
<thead><tr><th scope="col">{{labels.table_status}}</th><th scope="col" class="number">{{labels.table_count}}</th><th scope="col" class="number">%</th></tr></thead>
<tbody>
{{#recommendations.follow_ups}}
<tr><th scope="row">{{label}}</th><td class="number">{{count}}</td><td class="number">{{share}}</td></tr>
{{/recommendations.follow_ups}}
</tbody>
</table></div>
{{/recommendations.has_follow_ups}}
</section>
<section id="quality" aria-labelledby="quality-heading">
<h2 id="quality-heading">{{labels.section_quality}}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_check}}</th><th scope="col" class="number">{{labels.table_count}}</th><th scope="col">{{labels.table_items}}</th></tr></thead>
<tbody>
{{#quality}}
<tr><th scope="row">{{label}}</th><td class="number">{{count}}</td><td>{{codes}}</td></tr>
{{/quality}}
</tbody>
</table></div>
</section>
<section id="methodology" aria-labelledby="methodology-heading">
<h2 id="methodology-heading">{{labels.section_methodology}}</h2>
<ul>
<li>{{labels.methodology_progress}}</li>
<li>{{labels.methodology_status}}</li>
<li>{{labels.methodology_retrogression}}</li>
<li>{{labels.methodology_trend}}</li>
<li>{{labels.methodology_dates}}</li>
<li>{{labels.methodology_execution}}</li>
<li>{{labels.methodology_private}}</li>
</ul>
</section>
{{/content}}
{{/layout.html}}

"""#####,
        "reports/annual.md.mustache": #####"""
# {{labels.report_title}} {{cover.year}}: {{cover.title.text}}

{{cover.government.text}} · {{cover.period}} · {{labels.cover_as_of}} {{cover.as_of}}

{{#cover.unpublished}}
> **{{labels.cover_unpublished}}**

{{/cover.unpublished}}
{{labels.cover_framework}}: {{cover.framework.text}}. {{cover.framework_status}}

## {{labels.section_findings}}

{{#findings}}
- {{.}}
{{/findings}}

## {{labels.section_measure}}

| {{labels.table_status}} | |
|---|---|
{{#definitions.statuses}}
| {{status.symbol}} {{status.label}} | {{definition}} |
{{/definitions.statuses}}
{{#definitions.measures}}
| {{label}} | {{definition}} |
{{/definitions.measures}}

{{labels.measure_rule}} {{labels.score_rule}}

## {{labels.section_scorecard}}

{{labels.scorecard_index}}: **{{scorecard.index}}** ({{scorecard.percent}}){{#scorecard.previous}} · {{labels.scorecard_previous}}{{/scorecard.previous}}

| # | {{labels.table_encouragement}} | {{labels.table_automatic}} | {{labels.table_peer}} | {{labels.table_change}} |
|---|---|---|---|---|
{{#scorecard.rows}}
| {{number}} | {{title.text}} | {{automatic}}{{^automatic}}–{{/automatic}} | {{peer}}{{^peer}}–{{/peer}} | {{change}}{{^change}}–{{/change}} |
{{/scorecard.rows}}

## {{labels.section_fields}}

{{measures.summary}}

| {{labels.table_status}} | {{labels.table_count}} | % |
|---|---|---|
{{#measures.standings}}
| {{label}} | {{count}} | {{share}} |
{{/measures.standings}}
{{#fields}}

### {{code}}. {{title.text}}

{{measures.summary}} · {{labels.table_improved}}: {{improved}} · {{labels.table_worsened}}: {{worsened}}
{{#objectives}}

#### {{code}} {{title.text}}

{{measures.summary}}
{{#has_indicators}}

| {{labels.table_indicator}} | {{labels.table_baseline}} | {{labels.table_target}} | {{labels.table_latest}} | {{labels.table_status}} | {{labels.table_trend}} |
|---|---|---|---|---|---|
{{/has_indicators}}
{{#indicators}}
| {{code}} {{name.text}}{{#unit.text}} ({{.}}){{/unit.text}} | {{baseline}}{{^baseline}}–{{/baseline}}{{#baseline_date}} ({{.}}){{/baseline_date}} | {{target.text}}{{^target.text}}{{target}}{{/target.text}}{{^target}}–{{/target}}{{#target_date}} ({{.}}){{/target_date}} | {{latest}}{{^latest}}–{{/latest}}{{#latest_date}} ({{.}}){{/latest_date}} | {{status.symbol}} {{status.label}}{{#status.stale}} ({{labels.status_stale}}){{/status.stale}} | {{trend.label}} |
{{/indicators}}
{{#indicators}}
{{#has_groups}}

{{code}} — {{labels.table_group}}:
{{#groups}}
- {{group}}: {{value}} ({{date}})
{{/groups}}
{{/has_groups}}
{{/indicators}}

| {{labels.table_measure}} | {{labels.table_status}} | {{labels.table_lead}} | {{labels.table_dates}} | {{labels.table_update}} |
|---|---|---|---|---|
{{#actions}}
| {{code}} {{title.text}} | {{status.label}} | {{lead.text}}{{^lead}}–{{/lead}} | {{start}}{{^start}}–{{/start}} – {{end}}{{^end}}–{{/end}} | {{#update_date}}{{.}}: {{/update_date}}{{update.text}}{{^update}}–{{/update}} |
{{/actions}}
{{/objectives}}
{{/fields}}

## {{labels.section_backwards}}

{{#backwards.none}}
{{labels.backwards_none}}
{{/backwards.none}}
{{^backwards.none}}
| {{labels.table_indicator}} | {{labels.table_baseline}} | {{labels.table_latest}} | {{labels.table_cause}} |
|---|---|---|---|
{{#backwards.rows}}
| {{code}} {{name.text}} | {{baseline}}{{^baseline}}–{{/baseline}} | {{latest}} ({{date}}) | {{cause.text}}{{^cause}}–{{/cause}} |
{{/backwards.rows}}
{{/backwards.none}}

| {{labels.table_field}} | {{labels.table_improved}} | {{labels.table_worsened}} |
|---|---|---|
{{#backwards.fields}}
| {{title.text}} | {{improved}} | {{worsened}} |
{{/backwards.fields}}

## {{labels.section_budget}}

{{#budget.none}}
{{labels.budget_none}}
{{/budget.none}}
{{^budget.none}}
| {{labels.table_year}} | {{labels.budget_planned}} ({{budget.currency}}) | {{labels.budget_allocated}} | {{labels.budget_spent}} | {{labels.table_rate}} |
|---|---|---|---|---|
{{#budget.rows}}
| {{year}} | {{planned}}{{^planned}}–{{/planned}} | {{allocated}}{{^allocated}}–{{/allocated}} | {{spent}}{{^spent}}–{{/spent}} | {{rate}} |
{{/budget.rows}}
{{/budget.none}}

## {{labels.section_participation}}

{{#participation.none}}
{{labels.participation_none}}
{{/participation.none}}
{{#participation.rows}}
- {{date}}{{#end}} – {{.}}{{/end}}: {{title.text}} ({{format}}{{#participants}}, {{labels.table_participants}}: {{.}}{{/participants}}){{#groups.text}} — {{.}}{{/groups.text}}
{{/participation.rows}}

## {{labels.section_recommendations}}

{{#recommendations.none}}
{{labels.recommendations_none}}
{{/recommendations.none}}
{{^recommendations.none}}
| # | {{labels.table_recommendation}} | {{labels.table_addressed}} | {{labels.table_response}} | {{labels.table_date}} |
|---|---|---|---|---|
{{#recommendations.rows}}
| {{code}} | {{text.text}} | {{addressed}}{{^addressed}}–{{/addressed}} | {{response}} | {{date}}{{^date}}–{{/date}} |
{{/recommendations.rows}}
{{/recommendations.none}}
{{#recommendations.has_follow_ups}}

{{labels.recommendations_follow_up}}:
{{#recommendations.follow_ups}}
- {{label}}: {{count}} ({{share}})
{{/recommendations.follow_ups}}
{{/recommendations.has_follow_ups}}

## {{labels.section_quality}}

| {{labels.table_check}} | {{labels.table_count}} | {{labels.table_items}} |
|---|---|---|
{{#quality}}
| {{label}} | {{count}} | {{codes}} |
{{/quality}}

## {{labels.section_methodology}}

- {{labels.methodology_progress}}
- {{labels.methodology_status}}
- {{labels.methodology_retrogression}}
- {{labels.methodology_trend}}
- {{labels.methodology_dates}}
- {{labels.methodology_execution}}
- {{labels.methodology_private}}

{{labels.report_generated}}

"""#####,
        "reports/content.html.mustache": #####"""
{{#lang}}<span lang="{{.}}">{{/lang}}{{text}}{{#lang}}</span>{{/lang}}
"""#####,
        "reports/figure.html.mustache": #####"""
<figure>
<figcaption id="{{id}}-caption">{{title}}</figcaption>
{{{svg}}}
<div class="table-wrap"><table aria-describedby="{{id}}-caption">
<caption>{{labels.chart_table}}</caption>
<thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead>
<tbody>
{{#rows}}
<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table></div>
</figure>

"""#####,
        "reports/layout.html.mustache": #####"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{$title}}hrap{{/title}}</title>
<style>
{{>style.css}}
{{$style}}{{/style}}
</style>
</head>
<body>
<a class="skip" href="#main">{{labels.report_skip}}</a>
{{$header}}{{/header}}
<main id="main">
{{$content}}{{/content}}
</main>
<footer><p>{{labels.report_generated}}</p></footer>
</body>
</html>

"""#####,
        "reports/style.css.mustache": #####"""
:root { color: #1a1a1a; background: #ffffff; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; font-size: 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; display: inline-block; padding: .5rem; background: #ffffff; outline: 3px solid #1f4e79; }
a { color: #1f4e79; }
a:focus, summary:focus { outline: 3px solid #b35900; outline-offset: 2px; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; }
.notice { border: 3px solid #8b1a1a; padding: .75rem; font-weight: bold; }
.cover p { margin: .25rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .95rem; }
th, td { border: 1px solid #949494; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef4; }
td.number, th.number { text-align: right; white-space: nowrap; }
figure { margin: 1rem 0; }
figcaption { font-weight: bold; }
figure svg { max-width: min(100%, 40rem); height: auto; display: block; }
details { margin: .5rem 0; }
.status { white-space: nowrap; }
.findings li { margin: .3rem 0; }
footer { margin: 3rem 0 1rem; font-size: .9rem; border-top: 1px solid #949494; }
@media (max-width: 30rem) { body { padding: 0 .5rem; } th, td { padding: .2rem; } }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  .skip { display: none; }
  a { color: #1a1a1a; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  figure, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  section.field { break-before: auto; }
}

"""#####,
        "reports/summary.html.mustache": #####"""
{{<layout.html}}
{{$title}}{{labels.report_summary_title}} {{cover.year}}: {{cover.title.text}}{{/title}}
{{$header}}
<header class="cover">
<p>{{#cover.government}}{{>content.html}}{{/cover.government}}</p>
<h1>{{labels.report_summary_title}} {{cover.year}}: {{#cover.title}}{{>content.html}}{{/cover.title}}</h1>
<p>{{cover.period}} · {{labels.cover_as_of}}: {{cover.as_of}}</p>
{{#cover.unpublished}}
<p class="notice" role="note">{{labels.cover_unpublished}}</p>
{{/cover.unpublished}}
</header>
{{/header}}
{{$content}}
<section id="findings" aria-labelledby="findings-heading">
<h2 id="findings-heading">{{labels.section_findings}}</h2>
<ul class="findings">
{{#findings}}
<li>{{.}}</li>
{{/findings}}
</ul>
{{#measures.chart}}{{>figure.html}}{{/measures.chart}}
</section>
<section id="fields" aria-labelledby="fields-heading">
<h2 id="fields-heading">{{labels.section_fields}}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_field}}</th><th scope="col">{{labels.table_measure}}</th><th scope="col" class="number">{{labels.table_improved}}</th><th scope="col" class="number">{{labels.table_worsened}}</th></tr></thead>
<tbody>
{{#fields}}
<tr><th scope="row">{{code}}. {{#title}}{{>content.html}}{{/title}}</th><td>{{measures.summary}}</td><td class="number">{{improved}}</td><td class="number">{{worsened}}</td></tr>
{{/fields}}
</tbody>
</table></div>
</section>
<section id="backwards" aria-labelledby="backwards-heading">
<h2 id="backwards-heading">{{labels.section_backwards}}</h2>
{{#backwards.none}}<p>{{labels.backwards_none}}</p>{{/backwards.none}}
<ul>
{{#backwards.rows}}
<li>{{code}} {{#name}}{{>content.html}}{{/name}}: {{latest}} ({{date}}){{#cause}} — {{>content.html}}{{/cause}}</li>
{{/backwards.rows}}
</ul>
</section>
<section id="scorecard" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">{{labels.section_scorecard}}</h2>
<p>{{labels.scorecard_index}}: <strong>{{scorecard.index}}</strong> ({{scorecard.percent}}). {{labels.score_rule}}</p>
{{#scorecard.chart}}{{>figure.html}}{{/scorecard.chart}}
</section>
<section id="budget" aria-labelledby="budget-heading">
<h2 id="budget-heading">{{labels.section_budget}}</h2>
{{#budget.none}}<p>{{labels.budget_none}}</p>{{/budget.none}}
{{#budget.chart}}{{>figure.html}}{{/budget.chart}}
</section>
{{/content}}
{{/layout.html}}

"""#####,
        "reports/summary.md.mustache": #####"""
# {{labels.report_summary_title}} {{cover.year}}: {{cover.title.text}}

{{cover.government.text}} · {{cover.period}} · {{labels.cover_as_of}} {{cover.as_of}}

{{#cover.unpublished}}
> **{{labels.cover_unpublished}}**

{{/cover.unpublished}}
## {{labels.section_findings}}

{{#findings}}
- {{.}}
{{/findings}}

## {{labels.section_fields}}

| {{labels.table_field}} | {{labels.table_measure}} | {{labels.table_improved}} | {{labels.table_worsened}} |
|---|---|---|---|
{{#fields}}
| {{code}}. {{title.text}} | {{measures.summary}} | {{improved}} | {{worsened}} |
{{/fields}}

## {{labels.section_backwards}}

{{#backwards.none}}
{{labels.backwards_none}}
{{/backwards.none}}
{{#backwards.rows}}
- {{code}} {{name.text}}: {{latest}} ({{date}}){{#cause.text}} — {{.}}{{/cause.text}}
{{/backwards.rows}}

## {{labels.section_scorecard}}

{{labels.scorecard_index}}: **{{scorecard.index}}** ({{scorecard.percent}}). {{labels.score_rule}}

"""#####,
    ]
}

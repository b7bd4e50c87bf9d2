// swift-format-ignore-file
// Generated: its lines are the template files' own, so the formatter leaves it alone.

/// The standard templates, locale files and shipped frameworks, compiled into the program so that a copied binary
/// works on its own. Generated from `templates/`; regenerate with
/// `HRAP_UPDATE_EMBEDDED=1 swift test --filter EmbeddedTemplatesTests` (a test fails while it differs).
enum EmbeddedTemplates {
    /// File texts by path under `templates/`.
    static let files: [String: String] = [
        "frameworks/hrgl-2021.json": #####"""
{
  "id": "hrgl-2021",
  "version": "1",
  "title": "Field-Proven Research Methods on Human Rights",
  "year": 2021,
  "source_title": "Outcome Document of the Human Rights Go Local – What Works academy, Graz, February 2021 (UNESCO Centre, Graz)",
  "text_status": "paraphrase",
  "text_note": "The encouragement texts in this file are hrap's own paraphrases of the themes the academy's announcements and reports publicly describe, not the official wording; their number, order and grouping are ours and may differ from the document's. Criteria with a metric are computed from the plan's data; an encouragement without criteria is rated by reviewers only. Import the official text as a new framework version when you have it.",
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
      "id": "baseline-research",
      "short_title": "Research the local human rights situation",
      "text": "The city studies the human rights situation of its residents before it plans, so that its policies start from evidence.",
      "criteria": [
        {
          "id": "baseline",
          "metric": "indicators_with_baseline",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Indicators with a baseline value and date."
        }
      ]
    },
    {
      "number": 2,
      "id": "indicators",
      "short_title": "Human rights indicators",
      "text": "The city measures its work with human rights indicators of commitment, effort and result.",
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
          "description": "Objectives with an outcome indicator."
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
          "description": "Objectives whose indicators have a baseline, a target and a recent value."
        }
      ]
    },
    {
      "number": 3,
      "id": "disaggregation",
      "short_title": "Data broken down by group",
      "text": "Data are broken down by the grounds of discrimination that matter locally, so that inequalities become visible.",
      "criteria": [
        {
          "id": "grounds",
          "metric": "indicators_disaggregated",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Outcome indicators with grounds of disaggregation."
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
          "description": "Of those, indicators with a value by group in the window."
        }
      ]
    },
    {
      "number": 4,
      "id": "qualitative",
      "short_title": "Qualitative and participatory research",
      "text": "Numbers are complemented by qualitative and participatory research with the people concerned.",
      "criteria": []
    },
    {
      "number": 5,
      "id": "sdg",
      "short_title": "Synergies with the SDGs",
      "text": "Human rights indicators are linked to the localised Sustainable Development Goals, so that one monitoring serves both agendas.",
      "criteria": [
        {
          "id": "sdg",
          "metric": "objectives_linked_to_sdg",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives linked to an SDG target."
        }
      ]
    },
    {
      "number": 6,
      "id": "standards",
      "short_title": "Indicators anchored in standards",
      "text": "Objectives and their indicators are tied to the human rights standards they serve.",
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
          "description": "Objectives linked to a human rights standard."
        }
      ]
    },
    {
      "number": 7,
      "id": "researchers",
      "short_title": "Cooperation with researchers",
      "text": "The city works with universities and research institutes on the design and the analysis of its data.",
      "criteria": []
    },
    {
      "number": 8,
      "id": "rights-holders",
      "short_title": "Rights-holders in research",
      "text": "Rights-holders and civil society take part in collecting and interpreting the data that concern them.",
      "criteria": [
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
      "number": 9,
      "id": "ethics",
      "short_title": "Research ethics and data protection",
      "text": "Research respects the privacy and dignity of the people it concerns, small and vulnerable groups above all.",
      "criteria": []
    },
    {
      "number": 10,
      "id": "regular",
      "short_title": "Regular data collection",
      "text": "Data are collected at regular intervals, so that change over time can be seen.",
      "criteria": [
        {
          "id": "recent",
          "metric": "indicators_complete",
          "window_days": 365,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives whose indicators have a value in the last year."
        }
      ]
    },
    {
      "number": 11,
      "id": "open-data",
      "short_title": "Open and accessible findings",
      "text": "Data and findings are published openly, in formats and languages residents can use.",
      "criteria": [
        {
          "id": "reports",
          "metric": "reports_in_window",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "A report covering the last reporting period, on time."
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
          "description": "Reports in easy read or in two languages or more."
        }
      ]
    },
    {
      "number": 12,
      "id": "evidence-use",
      "short_title": "Evidence that informs policy",
      "text": "Findings and evaluations feed back into policies and budgets.",
      "criteria": [
        {
          "id": "evaluations",
          "metric": "evaluations_done",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "Evaluations of the plan."
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
        },
        {
          "id": "predecessor",
          "metric": "predecessor_evaluations",
          "thresholds": [
            0.5,
            1,
            1.5,
            2
          ],
          "weight": 1,
          "description": "Evaluations of the predecessor plan the plan builds on (a mid-term and a final one reach the top level)."
        }
      ]
    },
    {
      "number": 13,
      "id": "capacity",
      "short_title": "Research capacity in the administration",
      "text": "Staff are able to commission, read and use human rights research.",
      "criteria": []
    },
    {
      "number": 14,
      "id": "sharing",
      "short_title": "Sharing methods and data",
      "text": "Cities share their methods and data with each other and in networks.",
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
          "description": "Human rights networks the city belongs to."
        }
      ]
    }
  ]
}

"""#####,
        "frameworks/hrgl-2022.json": #####"""
{
  "id": "hrgl-2022",
  "version": "1",
  "title": "From Intentions to Commitments: Towards the Effective and Sustainable Implementation of Human Rights",
  "year": 2022,
  "source_title": "Outcome Document of the Human Rights Go Local – What Works academy, Graz, February 2022 (UNESCO Centre, Graz)",
  "text_status": "paraphrase",
  "text_note": "The encouragement texts in this file are hrap's own paraphrases of the themes the academy's announcements and reports publicly describe, not the official wording; their number, order and grouping are ours and may differ from the document's. Criteria with a metric are computed from the plan's data; an encouragement without criteria is rated by reviewers only. Import the official text as a new framework version when you have it.",
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
      "id": "explicit-commitment",
      "short_title": "An explicit commitment",
      "text": "The local or regional government commits explicitly and publicly to human rights, by a decision of its elected body.",
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
          "description": "Formal adoption of the plan."
        }
      ]
    },
    {
      "number": 2,
      "id": "standards",
      "short_title": "A commitment named in standards",
      "text": "The commitment names the human rights standards it puts into practice.",
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
          "description": "Objectives linked to a human rights standard."
        }
      ]
    },
    {
      "number": 3,
      "id": "hrba",
      "short_title": "A human rights-based approach",
      "text": "Policies and services apply a human rights-based approach: participation, accountability, non-discrimination, empowerment and legality.",
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
          "description": "Actions applying principles of the human rights-based approach."
        }
      ]
    },
    {
      "number": 4,
      "id": "institutionalisation",
      "short_title": "Institutionalisation",
      "text": "Human rights have a home in the administration: a body with a mandate that meets and follows the commitment.",
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
        }
      ]
    },
    {
      "number": 5,
      "id": "resources",
      "short_title": "Resources for the commitment",
      "text": "The commitment has money and staff: its measures are budgeted and the budget is spent.",
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
          "description": "Active actions with a budget for the year."
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
          "description": "Share of the allocated money spent."
        }
      ]
    },
    {
      "number": 6,
      "id": "mainstreaming",
      "short_title": "Shared responsibility across departments",
      "text": "Every department shares responsibility: each measure has a responsible unit and a timeline.",
      "criteria": [
        {
          "id": "lead",
          "metric": "actions_with_lead_and_dates",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Actions with a lead unit and a timeline."
        }
      ]
    },
    {
      "number": 7,
      "id": "civil-society",
      "short_title": "Civil society as partner",
      "text": "Civil society organisations take part in shaping and in monitoring the commitment.",
      "criteria": [
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
        },
        {
          "id": "external",
          "metric": "external_member_share",
          "thresholds": [
            0.1,
            0.25,
            0.4,
            0.5
          ],
          "weight": 1,
          "description": "Members from outside the administration in monitoring and advisory bodies."
        }
      ]
    },
    {
      "number": 8,
      "id": "youth",
      "short_title": "Young people and the next generation",
      "text": "Young people take part in decisions and are prepared for careers in human rights work.",
      "criteria": []
    },
    {
      "number": 9,
      "id": "participation",
      "short_title": "Participation throughout the cycle",
      "text": "Residents take part from the first diagnosis to the evaluation.",
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
          "weight": 1,
          "description": "Phases of the policy cycle with participation."
        }
      ]
    },
    {
      "number": 10,
      "id": "monitoring",
      "short_title": "Monitoring the commitment",
      "text": "Progress on the commitment is measured with indicators and reviewed regularly.",
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
          "description": "Objectives with an outcome indicator."
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
          "description": "Objectives whose indicators have a baseline, a target and a recent value."
        }
      ]
    },
    {
      "number": 11,
      "id": "accountability",
      "short_title": "Accountability to residents",
      "text": "The government reports publicly on what it did and answers to the recommendations it receives.",
      "criteria": [
        {
          "id": "reports",
          "metric": "reports_in_window",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            1
          ],
          "weight": 1,
          "description": "A report covering the last reporting period, on time."
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
        },
        {
          "id": "elected-body",
          "metric": "reports_to_elected_body",
          "window_days": 730,
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Reports presented to the council or a parliament."
        }
      ]
    },
    {
      "number": 12,
      "id": "multi-level",
      "short_title": "Alliances across levels of government",
      "text": "The commitment is aligned with regional and national human rights policies and institutions.",
      "criteria": [
        {
          "id": "national",
          "metric": "objectives_linked_to_national",
          "thresholds": [
            0.25,
            0.5,
            0.75,
            0.9
          ],
          "weight": 1,
          "description": "Objectives linked to a higher level's law, plan or instrument."
        }
      ]
    },
    {
      "number": 13,
      "id": "networks",
      "short_title": "Alliances and networks",
      "text": "The government joins networks of human rights cities and regions and learns from its peers.",
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
          "description": "Human rights networks the government belongs to."
        }
      ]
    },
    {
      "number": 14,
      "id": "sustainability",
      "short_title": "A commitment that outlasts terms of office",
      "text": "The commitment is built to last beyond one term of office: it is evaluated, renewed and handed on.",
      "criteria": [
        {
          "id": "evaluations",
          "metric": "evaluations_done",
          "thresholds": [
            1,
            2,
            3,
            4
          ],
          "weight": 1,
          "description": "Evaluations of the plan."
        },
        {
          "id": "predecessor",
          "metric": "predecessor_evaluations",
          "thresholds": [
            0.5,
            1,
            1.5,
            2
          ],
          "weight": 1,
          "description": "Evaluations of the predecessor plan the plan builds on (a mid-term and a final one reach the top level)."
        }
      ]
    }
  ]
}

"""#####,
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
    "bundle.keywords": "Menschenrechte; Aktionsplan; Kommune; Indikatoren; Rechenschaft",
    "catalogue.title": "Menschenrechtliche Aktionspläne: offene Daten",
    "catalogue.description": "Die offenen Daten aller auf dieser Website veröffentlichten Jahresberichte: Maßnahmen, Indikatoren, Werte, Haushalt und Empfehlungen jedes Plans, mit einem Frictionless-Datenpaket und der Plandatei.",
    "bundle.title": "{plan}: Jahresbericht und offene Daten {year}",
    "bundle.description": "Maßnahmen, Indikatoren, Werte, Haushalt und Empfehlungen von {plan} ({government}), erfasst zum Ende des Jahres {year}. Nur öffentliche Werte.",
    "report.title": "Jährlicher Rechenschaftsbericht",
    "report.summary_title": "Zusammenfassung",
    "report.contents": "Inhalt",
    "report.skip": "Zum Bericht springen",
    "report.generated": "Von hrap aus den erfassten Daten der Stadt erstellt.",
    "cover.year": "Berichtsjahr",
    "cover.as_of": "Datenstand",
    "cover.languages": "Sprachen des Plans: {languages}",
    "cover.period": "Laufzeit des Plans: {start} bis {end}",
    "cover.open_ended": "Laufzeit des Plans: ab {start}, unbefristet (Überprüfung: {review})",
    "cover.framework": "Bewertet nach",
    "cover.text_status.paraphrase": "Die Texte der Anregungen sind eine eigene Umschreibung von hrap, nicht der amtliche Wortlaut.",
    "cover.text_status.official": "Die Texte der Anregungen sind der amtliche Wortlaut.",
    "cover.translation.machine_suggested": "Die deutsche Fassung der Titel ist eine maschinell vorgeschlagene Übersetzung der englischen Paraphrase von hrap; noch hat sie niemand geprüft, der Deutsch als Muttersprache liest.",
    "cover.translation.checked": "Die deutsche Fassung der Titel hat {checked_by} geprüft.",
    "cover.unpublished": "Entwurf: Dieser Plan ist nicht als veröffentlicht markiert; der Bericht ist nicht zur Veröffentlichung bestimmt.",
    "section.findings": "Das Wichtigste",
    "section.narrative": "In den Worten der Stadt",
    "narrative.note": "Diese Texte stammen von der Stadt; alles andere in diesem Bericht berechnet hrap aus den Daten des Plans.",
    "narrative.foreword": "Vorwort",
    "narrative.achievements": "Was wir erreicht haben",
    "narrative.challenges": "Was uns aufgehalten hat",
    "narrative.commitments": "Was wir uns für das nächste Jahr vornehmen",
    "narrative.explanations": "Wo wir zurücklagen, und warum",
    "section.measure": "Wie wir messen",
    "section.scorecard": "Bewertung",
    "section.fields": "Fortschritt nach Handlungsfeld",
    "section.backwards": "Wo es Rückschritte gab",
    "section.budget": "Haushalt",
    "section.participation": "Beteiligung im Jahr",
    "section.recommendations": "Empfehlungen und Antworten",
    "section.quality": "Datenqualität",
    "section.methodology": "Methodik",
    "findings.headline": "{latest} ({date}); Ziel {target} bis {target_date}; {status}, {change}.",
    "findings.headline_no_value": "noch kein Wert; Ziel {target} bis {target_date}.",
    "findings.measures": "Umgesetzte Maßnahmen: {implemented} von {total} ({more} mehr als ein Jahr zuvor).",
    "findings.indicators": "Indikatoren im Jahresverlauf: {better} verbessert, {worse} verschlechtert, {unchanged} unverändert, {first} mit einem ersten Wert; {stale} ohne neuen Wert in diesem Jahr, {none} nie gemessen.",
    "findings.new_method": "In diesem Jahr nach neuer Definition oder Methode gemessen und daher nicht mit früheren Werten verglichen ({count}): {codes}.",
    "findings.overdue": "Überfällige Maßnahmen ({count}): {codes}.",
    "findings.backwards": "Indikatoren mit Rückschritt ({count}): {codes}.",
    "measures.summary": "{implemented} von {total} Maßnahmen umgesetzt ({share})",
    "objective.direct": "Maßnahmen dieses Handlungsfelds",
    "commitments.summary": "Fortlaufende Maßnahmen, die {year} alle Zusagen erfüllt haben: {full} von {total}{bands}.",
    "section.commitments": "Fortlaufende Maßnahmen und ihre Zusagen für",
    "table.commitments": "Zusagen für das Jahr",
    "table.met": "Erfüllt",
    "band.full": "alle erfüllt",
    "band.mostly": "80–99 % erfüllt",
    "band.partly": "60–79 % erfüllt",
    "band.behind": "unter 60 % erfüllt",
    "band.not_assessed": "nicht bewertet",
    "measure.completed": "abgeschlossen",
    "measure.completed_late": "verspätet abgeschlossen",
    "measure.ongoing": "laufend",
    "measure.planned": "geplant",
    "measure.delayed": "verzögert",
    "measure.overdue": "überfällig",
    "measure.cancelled": "eingestellt",
    "measure.continuing": "fortlaufend",
    "measure.carried_over": "übernommen",
    "measure.not_concluded": "nicht abgeschlossen",
    "status.achieved": "erreicht",
    "status.achieved_late": "verspätet erreicht",
    "status.on_track": "im Plan",
    "status.at_risk": "gefährdet",
    "status.off_track": "im Rückstand",
    "status.no_data": "keine Daten",
    "status.not_measurable": "nicht messbar",
    "status.descriptive": "beschreibend",
    "status.stale": "veraltet",
    "definition.achieved": "Der letzte Wert erreicht das Ziel, und ein Wert erreichte es bis zum Zieldatum.",
    "definition.achieved_late": "Der letzte Wert erreicht das Ziel, aber keiner erreichte es bis zum Zieldatum.",
    "definition.on_track": "Der Fortschritt vom Ausgangs- zum Zielwert beträgt mindestens 90 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte.",
    "definition.at_risk": "Der Fortschritt beträgt mindestens 70 %, aber weniger als 90 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte.",
    "definition.off_track": "Der Fortschritt beträgt weniger als 70 % dessen, was ein gleichmäßiger Verlauf bis jetzt erreicht hätte, oder ist rückläufig.",
    "definition.no_data": "Bis zum Stichtag wurde kein Wert erfasst; das wird nie als null gezählt.",
    "definition.not_measurable": "Der Indikator hat Werte, aber keinen Ausgangs- oder Zielwert, an dem sich der Fortschritt messen lässt.",
    "definition.descriptive": "Eine Zahl ohne besser oder schlechter (Richtung: keine): mit ihren Werten gezeigt, ohne Ziel; sie ist nie ein Rückschritt.",
    "definition.stale": "Der letzte Wert ist älter als das Erhebungsintervall des Indikators (ein Jahr, wenn keines festgelegt ist).",
    "definition.measure.completed": "Erledigt, bis zum Enddatum.",
    "definition.measure.completed_late": "Erledigt, nach dem Enddatum.",
    "definition.measure.ongoing": "In Arbeit und nicht über dem Enddatum.",
    "definition.measure.planned": "Nicht begonnen und nicht über dem Enddatum.",
    "definition.measure.delayed": "Im Verzug, aber noch nicht über dem Enddatum.",
    "definition.measure.overdue": "Nicht erledigt und über dem Enddatum (oder der Frist des Plans, wenn es keines hat).",
    "definition.measure.cancelled": "Eingestellt; gezählt, aber nie als umgesetzt.",
    "definition.measure.continuing": "Ein Programm ohne Abschluss, beurteilt nach seinen Zusagen für jedes Jahr; nie überfällig.",
    "definition.measure.carried_over": "Eine fortlaufende Maßnahme, deren Plan endete und die ein Nachfolgeplan fortführt.",
    "definition.measure.not_concluded": "Eine fortlaufende Maßnahme, deren Plan endete und die (noch) kein Nachfolgeplan fortführt.",
    "measure.rule": "Der Stand einer Maßnahme ist der ihres letzten Sachstands; ihre Frist ist ihr Enddatum oder die des Plans.",
    "score.rule": "Die Stufe jeder Anregung (0–4) ist das gewichtete Mittel ihrer Kriterien; der Index ist das Mittel über alle Anregungen. Die Stufen der Peer-Review sind der Median der Bewertungen.",
    "scorecard.index": "Index",
    "scorecard.explained": "Der Index zeigt, wie gut der Plan selbst als Instrument der Rechenschaft angelegt ist, gemessen an den Anregungen des Rahmens (Beteiligung, Haushalt, Monitoring, Abstimmung, Berichterstattung); er misst nicht die Umsetzung. Wie weit die Stadt mit dem Plan gekommen ist, zeigen seine Maßnahmen und Indikatoren.",
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
    "table.previous": "Wert davor",
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
    "trend.unchanged": "unverändert",
    "trend.no_data": "keine Daten",
    "trend.worse": "verschlechtert",
    "trend.changed": "verändert",
    "trend.first_value": "erster Wert",
    "trend.no_new_value": "kein neuer Wert in diesem Jahr",
    "trend.from": "von {value}, {date}",
    "trend.baseline": "Ausgangswert {value}, {date}",
    "trend.last": "letzter Wert {date}",
    "trend.new_method": "neue Methode, nicht verglichen",
    "trend.old_method": "frühere Methode: {value}, {date}",
    "derived.measures_implemented": "die abgeschlossenen Maßnahmen, gezählt an jedem Datum, an dem der Stand einer Maßnahme gemeldet wurde.",
    "derived.measures_on_calendar": "die Maßnahmen, die alle Zusagen eines Jahres erfüllt haben, gezählt für jedes Jahr mit erfassten Zusagen.",
    "ground.sex": "Geschlecht",
    "ground.age": "Alter",
    "ground.disability": "Behinderung",
    "ground.ethnic_or_national_origin": "Ethnische oder nationale Herkunft",
    "ground.migration_status": "Migrationsstatus",
    "ground.religion": "Religion oder Weltanschauung",
    "ground.sexual_orientation_gender_identity": "Sexuelle Orientierung und Geschlechtsidentität",
    "ground.socio_economic_status": "Sozioökonomischer Status",
    "ground.area": "Gebiet",
    "judged.achieved": "als erreicht beurteilt",
    "judged.on_track": "als im Plan beurteilt",
    "judged.at_risk": "als gefährdet beurteilt",
    "judged.off_track": "als im Rückstand beurteilt",
    "chart.measures.title": "Maßnahmen nach Stand",
    "chart.scorecard.title": "Stufe jeder Anregung (0–4)",
    "chart.scorecard.description": "Balken: Stufen aus den Daten (Index {index}); Rauten: Median der Peer-Review.",
    "chart.trajectory.description": "Von {from} ({from_date}) auf {to} ({to_date}).",
    "chart.trajectory.target": "Ziel: {target} bis {target_date}.",
    "chart.values": "Werte",
    "chart.baseline": "Ausgangswert",
    "chart.target": "Ziel",
    "chart.expected": "erwarteter Verlauf",
    "chart.new_method": "Wert nach neuer Methode (nicht mit früheren verbunden)",
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
    "methodology.status": "Im Plan bei einem Fortschritt ≥ 90 % des erwarteten; gefährdet bei ≥ 70 %; sonst im Rückstand. Zu haltende Werte sind im Plan innerhalb von 5 % des Ziels, gefährdet innerhalb von 10 %.",
    "methodology.retrogression": "Rückschritt: Der letzte Wert im Jahr ist, gemessen an der Richtung des Indikators, schlechter als der unmittelbar davor erfasste Wert (bei einem ersten Wert: der Ausgangswert), mit oder ohne Zielwert. Ein Wert nach einer neuen Definition oder Methode wird nicht mit den Werten davor verglichen und ist nie ein Rückschritt.",
    "methodology.trend": "Im Jahresverlauf: der letzte Wert der zwölf Monate bis zum Stichtag, verglichen mit dem letzten Wert davor (verbessert, verschlechtert, unverändert; ein erster Wert steht neben dem Ausgangswert; ein Indikator ohne Wert im Jahr hat keinen neuen Wert, nie „unverändert“; ein Wert nach neuer Methode wird nicht verglichen).",
    "methodology.dates": "Ein auf Monat oder Jahr datierter Wert zählt ab dem letzten Tag dieses Monats oder Jahres.",
    "methodology.private": "Als nicht öffentlich markierte Werte fehlen in diesem Bericht.",
    "methodology.execution": "Mittelabfluss = ausgegeben ÷ bereitgestellt, über die Posten, die beides angeben, Pakete eingeschlossen.",
    "web.site_name": "Aktionspläne für Menschenrechte",
    "web.language.name": "Deutsch",
    "web.skip": "Zum Inhalt springen",
    "web.nav.language": "Sprache",
    "web.nav.account": "Konto",
    "web.signed_in_as": "Angemeldet als",
    "web.workspace": "Arbeitsbereich",
    "web.sign_in": "Anmelden",
    "web.sign_out": "Abmelden",
    "web.accessibility": "Erklärung zur Barrierefreiheit",
    "web.footer": "Mit hrap aus den erfassten Daten der Stadt veröffentlicht; nur öffentliche Werte werden gezeigt.",
    "web.plans_title": "Veröffentlichte Pläne",
    "web.plans_intro": "Jeder Plan zeigt seine Maßnahmen, Indikatoren, sein Budget und die Antworten der Stadt auf die Peer-Review.",
    "web.plans_none": "Noch ist kein Plan veröffentlicht.",
    "web.derived": "hrap berechnet die Werte dieses Indikators aus den Daten des Plans; niemand tippt sie ein:",
    "web.no_data": "keine Daten",
    "web.last_report": "Letzter veröffentlichter Bericht",
    "web.none_yet": "noch keiner",
    "web.section_measures": "Maßnahmen nach Stand",
    "web.measures_by_status": "Maßnahmen nach Stand: Anzahl und Anteil",
    "web.reports": "Berichte und offene Daten",
    "web.reports_intro": "Jeder Jahresbericht in jedem Format und jeder Sprache und die zugehörigen offenen Daten, Datei für Datei.",
    "web.report_files": "Berichtsdateien",
    "web.language": "Sprache",
    "web.files": "Dateien",
    "web.open_data": "Offene Daten",
    "web.filter_title": "Nur anzeigen",
    "web.filter_all": "Alle",
    "web.filter.field": "Handlungsfeld",
    "web.filter.status": "Stand",
    "web.filter.lead": "Federführende Stelle",
    "web.filter.group": "Gruppe von Rechteinhaber·innen",
    "web.filter.shown": "{shown} von {total} Maßnahmen angezeigt ({share}).",
    "web.indicators_of": "Indikatoren des Ziels",
    "web.measures_of": "Maßnahmen des Ziels",
    "web.direction": "Besser, wenn der Wert",
    "web.direction.increase": "steigt",
    "web.direction.decrease": "sinkt",
    "web.direction.maintain": "beim Zielwert bleibt",
    "web.direction.none": "kein besser oder schlechter",
    "web.unit": "Einheit",
    "web.source": "Quelle",
    "web.note": "Anmerkung",
    "web.tab_chart": "Diagramm",
    "web.tab_table": "Werte und Verlauf",
    "web.download_csv": "Werte herunterladen (CSV)",
    "web.no_chart": "Kein Diagramm: Für diesen Indikator gibt es noch keine Zahlenwerte.",
    "web.history": "Werte und Verlauf",
    "web.history_intro": "Jeder öffentliche Wert mit Datum; ein korrigierter Wert bleibt aufgeführt und ist als ersetzt markiert.",
    "web.version": "Fassung",
    "web.recorded": "Erfasst",
    "web.current": "aktuell",
    "web.correction": "aktuell (korrigiert einen früheren Wert)",
    "web.superseded": "durch eine Korrektur ersetzt",
    "web.total": "gesamt",
    "web.evidence": "Nachweis",
    "web.meaning": "Bedeutung",
    "web.objective": "Ziel",
    "web.partners": "Beteiligte Stellen",
    "web.timeline": "Verlauf des Stands",
    "web.no_updates": "Noch wurde kein Fortschrittsbericht veröffentlicht.",
    "web.funding": "Finanzierung",
    "web.indicators": "Indikatoren",
    "web.action_status.planned": "geplant",
    "web.action_status.ongoing": "laufend",
    "web.action_status.completed": "abgeschlossen",
    "web.action_status.delayed": "verzögert",
    "web.action_status.cancelled": "abgebrochen",
    "web.a11y_state_title": "Vereinbarkeit",
    "web.a11y_state": "Diese Seiten sollen WCAG 2.1 Stufe AA erfüllen; sie sind wegen der unten genannten Lücken teilweise vereinbar.",
    "web.a11y_checked_title": "Wie wir geprüft haben",
    "web.a11y_checked": "Jede Version wird mit dem automatischen Werkzeug axe-core im Browser in Desktop- und Telefonbreite sowie von Hand mit der Tastatur geprüft. Ein Test mit Nutzer·innen assistiver Technik hat noch nicht stattgefunden.",
    "web.a11y_gaps_title": "Bekannte Lücken",
    "web.a11y_gap_charts": "Diagramme sind Bilder mit Textbeschreibung und Datentabelle; die Tabelle ist die barrierefreie Fassung.",
    "web.a11y_gap_content": "Von der Stadt erfasste Texte (Titel, Anmerkungen) erscheinen wie eingegeben, in der Sprache des Plans, und nicht unbedingt in einfacher Sprache.",
    "web.a11y_gap_errors": "Fehlermeldungen der Formulare zu einzelnen Werten gibt es nur auf Englisch.",
    "web.a11y_contact_title": "Rückmeldung und Kontakt",
    "web.a11y_contact": "Wenn Sie auf diesen Seiten auf eine Barriere stoßen, sagen Sie es uns:",
    "web.error_status": "Fehlercode",
    "web.error.not_found.title": "Seite nicht gefunden",
    "web.error.not_found.advice": "Unter dieser Adresse gibt es keine veröffentlichte Seite. Prüfen Sie die Adresse oder beginnen Sie bei der Liste der veröffentlichten Pläne.",
    "web.error.method.title": "Diese Seite lässt sich so nicht verwenden",
    "web.error.method.advice": "Verwenden Sie die Links und Formulare der Website.",
    "web.error.bad_request.title": "Die Anfrage konnte nicht gelesen werden",
    "web.error.bad_request.advice": "Gehen Sie zurück, laden Sie das Formular neu und senden Sie es erneut.",
    "web.error.too_many.title": "Zu viele fehlgeschlagene Anmeldungen",
    "web.error.too_many.advice": "Nichts wurde gespeichert. Innerhalb einer Minute wurden von hier oder für dieses Konto zu viele falsche Passwörter oder Tokens versucht. Sie können es in {seconds} Sekunden erneut versuchen.",
    "web.error.busy.title": "Die Datenbank ist beschäftigt",
    "web.error.busy.advice": "Es wurde nichts gespeichert. Gleichzeitig wurde eine andere Änderung geschrieben; senden Sie das Formular gleich noch einmal.",
    "web.error.conflict.title": "Das wurde bereits geändert oder entschieden",
    "web.error.conflict.advice": "Es wurde nichts gespeichert. Jemand anderes hat dies geändert oder entschieden, seit Sie die Seite geöffnet haben; laden Sie sie neu, prüfen Sie und versuchen Sie es erneut.",
    "web.error.session.title": "Ihre Sitzung ist abgelaufen",
    "web.error.session.advice": "Es wurde nichts gespeichert. Melden Sie sich erneut an und senden Sie das Formular noch einmal.",
    "web.error.csrf.title": "Das Formular ist abgelaufen",
    "web.error.csrf.advice": "Es wurde nichts gespeichert. Öffnen Sie das Formular erneut auf der Website und senden Sie es von dort.",
    "web.error.read_only.title": "Änderungen sind abgeschaltet",
    "web.error.read_only.advice": "Dieser Server zeigt nur Daten an. Es wurde nichts gespeichert; wenden Sie sich an Ihre Administration.",
    "web.error.forbidden.title": "Dazu sind Sie nicht berechtigt",
    "web.error.forbidden.advice": "Es wurde nichts gespeichert. Ihre Anmeldung gilt nicht für diesen Plan oder diese Runde; wenden Sie sich an die Koordination des Plans.",
    "web.error.internal.title": "Bei uns ist ein Fehler aufgetreten",
    "web.error.internal.advice": "Bitte versuchen Sie es später erneut. Wenn es wieder passiert, informieren Sie den Kontakt der Website.",
    "web.error.form": "Der Inhalt des Formulars konnte nicht gelesen werden.",
    "web.error.query": "Die Parameter der Adresse konnten nicht gelesen werden.",
    "web.sign_in_intro": "Melden Sie sich mit Ihrem Benutzernamen und Passwort an. Die Sitzung endet, wenn Sie sich abmelden, nach zwei Stunden ohne Nutzung oder nach zwölf Stunden.",
    "web.sign_in.refused": "Dieses Token wird nicht akzeptiert: Es ist unbekannt, widerrufen oder abgelaufen.",
    "web.token": "Zugangstoken",
    "web.token_hint": "Es beginnt mit hrap_.",
    "web.form_problem": "Es gibt ein Problem",
    "web.your_plans": "Ihre Pläne",
    "web.your_rounds": "Ihre Review-Runden",
    "web.no_rounds": "Sie sind zu keiner offenen Review-Runde eingeladen.",
    "web.published": "veröffentlicht",
    "web.not_published": "nicht veröffentlicht",
    "web.record_measurement": "Indikatorwert erfassen",
    "web.record_update": "Fortschritt einer Maßnahme erfassen",
    "web.upload": "Tabelle hochladen (CSV)",
    "web.manage": "Veröffentlichung und Freigaben",
    "web.public_page": "Öffentliche Seite",
    "web.required": "Pflichtfeld",
    "web.form_nothing_saved": "Es wurde nichts gespeichert. Korrigieren Sie die Felder unten und senden Sie das Formular erneut.",
    "web.form.indicator": "Indikator",
    "web.form.action": "Maßnahme",
    "web.form.date": "Datum",
    "web.form.date_hint": "Das Stichtagsdatum oder der letzte Tag des erfassten Zeitraums.",
    "web.form.value": "Wert",
    "web.form.value_hint": "Eine Zahl, wie in dieser Sprache geschrieben (zum Beispiel 12,5); ja/nein: yes oder no.",
    "web.form.group": "Gruppe",
    "web.form.group_hint": "Leer für die Gesamtzahl; sonst Paare Merkmal=Wert, durch Kommas getrennt, zum Beispiel sex=female, age=0-17 (wie in Tabellen und auf der Kommandozeile).",
    "web.form.source": "Quelle",
    "web.form.note": "Anmerkung",
    "web.form.evidence_url": "Link zum Nachweis",
    "web.form.url_hint": "Eine Adresse, die mit https:// beginnt",
    "web.form.public": "Auf öffentlichen Seiten und in offenen Daten zeigen",
    "web.form.public_hint": "Abwählen, um es intern zu halten, etwa bei einer so kleinen Zahl, dass Personen erkennbar würden.",
    "web.form.new_method": "Neue Definition oder Messmethode",
    "web.form.new_method_hint": "Ankreuzen, wenn dieser Wert anders gemessen wird als die früheren (neuer Fragebogen, geänderte Definition): Er wird dann nicht mit ihnen verglichen und nie als Rückschritt gezeigt.",
    "web.form.status": "Stand an diesem Datum",
    "web.form.percent": "Prozent erledigt",
    "web.form.percent_hint": "Eine ganze Zahl von 0 bis 100; darf leer bleiben.",
    "web.form.narrative": "Was geschehen ist",
    "web.form.evidence_urls": "Links zu Nachweisen",
    "web.form.urls_hint": "Eine Adresse pro Zeile, jeweils mit https:// am Anfang",
    "web.form.save": "Speichern",
    "web.form.import": "Importieren",
    "web.form.measurement_intro": "Ein Wert für denselben Indikator, dasselbe Datum und dieselbe Gruppe korrigiert den früheren; beide bleiben im Verlauf.",
    "web.form.update_intro": "Ein Bericht für dieselbe Maßnahme und dasselbe Datum korrigiert den früheren; beide bleiben im Verlauf.",
    "web.form.upload_intro": "Die Datei wird als Ganzes geprüft: Ist eine Zeile falsch, wird nichts importiert und jede falsche Zeile aufgeführt. Verwenden Sie die Spalten, die „hrap export-csv“ schreibt.",
    "web.form.sheet_kind": "Inhalt der Datei",
    "web.form.sheet_measurements": "Indikatorwerte",
    "web.form.sheet_progress": "Fortschritt der Maßnahmen",
    "web.form.file": "CSV-Datei",
    "web.form.file_hint": "UTF-8, durch Komma oder Semikolon getrennt, mit Kopfzeile.",
    "web.form.file_missing": "wählen Sie eine Datei",
    "web.form.choose": "wählen Sie eine der Möglichkeiten",
    "web.form.more_problems": "… und {count} weitere Probleme.",
    "web.saved.measurement": "Gespeichert: der Wert von Indikator {indicator} zum {date}. Ansehen unter",
    "web.saved.update": "Gespeichert: der Fortschritt der Maßnahme {action} am {date}. Ansehen unter",
    "web.saved.unchanged": "Nichts geändert: Dasselbe war schon erfasst. Ansehen unter",
    "web.saved.upload": "{file} importiert: {rows} Zeilen, {inserted} neu, {corrected} Korrekturen, {unchanged} unverändert.",
    "web.manage.publication": "Veröffentlichung",
    "web.manage.is_published": "Dieser Plan ist veröffentlicht: Die Öffentlichkeit sieht ihn mit seinen öffentlichen Werten.",
    "web.manage.is_not_published": "Dieser Plan ist nicht veröffentlicht: Er erscheint auf keiner öffentlichen Seite.",
    "web.manage.publish": "Diesen Plan veröffentlichen",
    "web.manage.withdraw": "Von den öffentlichen Seiten zurückziehen",
    "web.manage.now_published": "Der Plan ist jetzt veröffentlicht.",
    "web.manage.now_withdrawn": "Der Plan ist von den öffentlichen Seiten zurückgezogen.",
    "web.manage.changed": "Nichts wurde geändert: Jemand anderes hat den Plan geändert, seit Sie diese Seite geöffnet haben. Prüfen Sie den Stand unten und versuchen Sie es erneut.",
    "web.review.title": "Bewertungsbogen",
    "web.review.intro": "Bewerten Sie die Empfehlungen, die Sie beurteilen können; lassen Sie die anderen leer. Die Bewertungen anderer bleiben bis zum Abschluss der Runde verborgen. Rahmen:",
    "web.review.level": "Stufe",
    "web.review.not_assessable": "Oder: warum es nicht bewertbar ist",
    "web.review.rationale": "Begründung: was Sie gesehen haben",
    "web.review.evidence": "Nachweise",
    "web.review.evidence_hint": "Einer pro Zeile: document:TITEL <URL oder S. N>, measurement:INDIKATOR@DATUM, update:MASSNAHME@DATUM oder report:CODE.",
    "web.review.save": "Entwurf speichern",
    "web.review.submit": "Speichern und einreichen",
    "web.review.nothing": "Bewerten Sie mindestens eine Empfehlung.",
    "web.review.saved": "{count} Bewertungen im Entwurf gespeichert.",
    "web.review.submitted": "Ihr Bogen ist eingereicht (Nummer {number}).",
    "web.review.not_submitted": "Er ist noch nicht eingereicht:",
    "web.approval": "Freigabe vor Veröffentlichung",
    "web.approval.required": "Indikatorwerte und Fortschrittsmeldungen von Sachbearbeitenden warten hier auf die Freigabe durch eine andere Person der Verwaltung oder eine Administratorin; bis dahin zählen sie in keiner Zahl und erscheinen auf keiner Seite. Nur die Administration ändert diese Einstellung.",
    "web.approval.not_required": "Dieser Plan verlangt keine Freigabe: Einträge zählen, sobald sie gespeichert sind. Die Administration kann sie verlangen (hrap plan update --code … --requires-approval true, oder die API).",
    "web.approval.queue": "Warten auf Freigabe",
    "web.approval.none": "Nichts wartet auf Freigabe.",
    "web.approval.own": "Sie haben dies eingereicht: eine andere Person oder die Administration entscheidet.",
    "web.approval.approve": "Freigeben",
    "web.approval.reject": "Ablehnen",
    "web.approval.reason": "Begründung (zum Ablehnen nötig)",
    "web.approval.reason_required": "Begründen Sie die Ablehnung: die einreichende Person sieht sie.",
    "web.approval.reason_too_long": "Die Begründung ist zu lang: höchstens {max} Zeichen.",
    "web.approval.decided_heading": "Letzte Entscheidungen",
    "web.approval.approved": "freigegeben",
    "web.approval.rejected": "abgelehnt (bleibt in der Historie, zählt nirgends)",
    "web.approval.submitted": "eingereicht von {who} am {date}",
    "web.approval.decided": "entschieden von {who} am {date}",
    "web.approval.kind.measurement": "Indikatorwert",
    "web.approval.kind.progress_update": "Fortschrittsmeldung",
    "web.approval.now_approved": "Freigegeben: {what} zählt jetzt und erscheint auf den öffentlichen Seiten.",
    "web.approval.now_rejected": "Abgelehnt: {what} bleibt mit Ihrer Begründung in der Historie und zählt nirgends.",
    "web.approval.already_decided": "Nichts geändert: über diesen Eintrag wurde schon entschieden. Die Entscheidung steht unten.",
    "web.saved.pending": "Zur Freigabe gespeichert: {indicator}, {date} erscheint nach der Freigabe auf den öffentlichen Seiten.",
    "web.error.approval.title": "Einträge dieses Plans brauchen Freigabe",
    "web.error.approval.advice": "Nichts wurde gespeichert. Erfassen Sie die Werte einzeln mit den Formularen, damit jeder freigegeben werden kann, oder bitten Sie die Administration, die Datei zu importieren.",
    "web.sign_in.refused_password": "Benutzername oder Passwort stimmen nicht, oder das Konto ist nicht aktiv. Prüfen Sie beides und versuchen Sie es erneut.",
    "web.sign_in.password_set": "Ihr Passwort ist gesetzt. Melden Sie sich jetzt damit an.",
    "web.username": "Benutzername",
    "web.password": "Passwort",
    "web.sign_in_token": "Stattdessen mit einem Zugangstoken anmelden",
    "web.sign_in_token_intro": "Für Administratorinnen und Administratoren und für die Zeit vor den Konten: Fügen Sie ein API-Token ein, das mit hrap token create erstellt wurde.",
    "web.account": "Ihr Konto",
    "web.people": "Personen",
    "web.welcome": "Willkommen: Wählen Sie Ihr Passwort",
    "web.welcome_reset": "Wählen Sie ein neues Passwort",
    "web.welcome_intro": "Mit diesem Link setzen Sie das Passwort von",
    "web.new_password": "Neues Passwort",
    "web.repeat_password": "Das neue Passwort noch einmal",
    "web.set_password": "Passwort setzen",
    "web.password.rules": "Mindestens {minimum} Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten; Sonderzeichen sind nicht nötig, und Sie müssen es nicht regelmäßig ändern.",
    "web.password.mismatch": "Die beiden neuen Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.",
    "web.problem.password_too_short": "mindestens {minimum} Zeichen",
    "web.problem.password_too_long": "höchstens {maximum} Zeichen",
    "web.problem.password_common": "ein häufig verwendetes Passwort; wählen Sie ein anderes",
    "web.problem.password_contains_name": "es enthält Ihren Namen, Ihren Benutzernamen oder den Namen des Dienstes; wählen Sie eines ohne",
    "web.problem.password_repetitive": "ein einziges wiederholtes Zeichen; wählen Sie ein anderes",
    "web.problem.current.invalid_value": "das ist nicht Ihr aktuelles Passwort",
    "web.problem.username.invalid_value": "3 bis 100 Buchstaben, Ziffern und . _ - @ + (eine E-Mail-Adresse geht auch)",
    "web.problem.display_name.required": "ein Name mit 1 bis 100 Zeichen",
    "web.problem.grants.required": "mindestens eine Rolle",
    "web.problem.grants.not_allowed": "höchstens eine Gutachter-Identität",
    "web.problem.admin.not_allowed": "Sie können sich die eigene Administratorrolle nicht nehmen",
    "web.problem.state.not_allowed": "Sie können Ihr eigenes Konto nicht sperren",
    "web.problem.name.invalid_value": "ein Name mit 1 bis 60 Zeichen in einer Zeile",
    "web.problem.grant.not_allowed": "mehr als Ihre eigenen Rechte erlauben",
    "web.problem.duplicate": "dieser Name ist bereits vergeben",
    "web.problem.date": "Läuft ab: ein Datum wie 2026-12-31 oder leer",
    "web.account.sessions_ended": "Beendete Sitzungen: {count}.",
    "web.account.password_changed": "Ihr Passwort ist geändert.",
    "web.account.token_grant": "Wählen Sie eine der angebotenen Rollen für das Token.",
    "web.account.token_revoked": "Token {name} ist widerrufen.",
    "web.role.viewer": "Lesende Person",
    "web.role.reviewer": "Gutachter/in",
    "web.role.officer": "Sachbearbeitung",
    "web.role.admin": "Administration",
    "web.token_state.active": "aktiv",
    "web.token_state.expired": "abgelaufen",
    "web.token_state.revoked": "widerrufen",
    "web.account_state.invited": "eingeladen (noch kein Passwort)",
    "web.account_state.active": "aktiv",
    "web.account_state.disabled": "gesperrt",
    "web.roles": "Rollen",
    "web.account_sessions": "Wo Sie angemeldet sind",
    "web.account_client": "Adresse und Browser",
    "web.account_began": "Angemeldet",
    "web.account_last_seen": "Zuletzt genutzt",
    "web.account_end": "Beenden",
    "web.account_this_session": "dieser Browser",
    "web.account_end_all": "Überall abmelden",
    "web.account_password": "Passwort ändern",
    "web.account_current_password": "Aktuelles Passwort",
    "web.account_change_password": "Passwort ändern",
    "web.account_tokens": "Ihre Tokens für Programme",
    "web.account_tokens_intro": "Ein Token erlaubt einem Skript oder einer Tabellenkalkulation, die API in Ihrem Namen zu nutzen, mit höchstens Ihren Rechten. Es gilt nur, solange Ihr Konto aktiv ist; widerrufen Sie es, wenn es nicht mehr gebraucht wird.",
    "web.account_token_name": "Name des Tokens",
    "web.account_token_expires": "Letzter gültiger Tag",
    "web.account_token_expires_hint": "Ein Datum wie 2027-06-30; leer: bis zum Widerruf.",
    "web.account_token_state": "Zustand",
    "web.account_revoke": "Widerrufen",
    "web.account_create_token": "Token erstellen",
    "web.account_token_created": "Ihr neues Token, nur dieses eine Mal angezeigt: Kopieren Sie es jetzt in Ihr Programm.",
    "web.people_link_intro": "Geben Sie diesen Einmal-Link weiter an",
    "web.people_link_expires": "gültig bis",
    "web.people_name": "Name",
    "web.people_state": "Zustand",
    "web.people_invite": "Person einladen",
    "web.people_invite_intro": "Die Person erhält ein Konto ohne Passwort und einen Link, sieben Tage gültig und einmal nutzbar, unter dem sie ihr Passwort wählt. Der Link wird hier einmal angezeigt; geben Sie ihn auf einem vertrauenswürdigen Weg weiter.",
    "web.people_username_hint": "Was die Person zur Anmeldung eingibt, oft ihre E-Mail-Adresse.",
    "web.people_grants_hint": "Eine pro Zeile: officer:REGIERUNG, reviewer:IDENTITÄT, viewer, viewer:REGIERUNG (auch deren Entwürfe) oder admin. Regierungen:",
    "web.people_sessions": "Laufende Sitzungen",
    "web.people_tokens": "Tokens",
    "web.people_owner": "Inhaber/in",
    "web.people_edit": "Name und Rollen",
    "web.people_access": "Zugang",
    "web.people_reset": "Link für ein neues Passwort erstellen",
    "web.people_enable": "Konto entsperren",
    "web.people_disable": "Konto sperren",
    "web.people_no_sessions": "Nirgends angemeldet.",
    "web.people_audit": "Was sich geändert hat",
    "web.people.duplicate": "Benutzername: Ein Konto mit diesem Namen gibt es bereits.",
    "web.people.saved": "Gespeichert.",
    "web.people.disabled": "Das Konto ist gesperrt; seine Sitzungen sind beendet, seine Tokens gelten nicht mehr.",
    "web.people.enabled": "Das Konto ist wieder entsperrt.",
    "web.people.sessions_ended": "Die Sitzungen der Person sind beendet.",
    "web.people.bad_grant": "Rollen, Zeile {line}: „{text}“ ist keine Rolle; schreiben Sie officer:REGIERUNG, reviewer:IDENTITÄT, viewer, viewer:REGIERUNG oder admin.",
    "web.people.field.username": "Benutzername",
    "web.people.field.display_name": "Name",
    "web.people.field.grants": "Rollen",
    "web.people.field.admin": "Rollen",
    "web.people.field.state": "Konto",
    "web.error.proxy.title": "Dieser Anmelde-Header wird von hier nicht angenommen",
    "web.error.proxy.advice": "Nichts wurde gelesen oder gespeichert. Die einmalige Anmeldung funktioniert nur über den Anmelde-Proxy der Stadt; nutzen Sie die gewohnte Adresse der Seite.",
    "web.error.no_account.title": "Sie haben hier kein aktives Konto",
    "web.error.no_account.advice": "Ihre Anmeldung hat funktioniert, aber hrap hat kein aktives Konto für Sie. Bitten Sie die Administration, Sie einzuladen oder zu entsperren.",
    "web.error.link.title": "Dieser Link kann nicht verwendet werden",
    "web.error.link.advice": "Er wurde bereits benutzt, durch einen neueren ersetzt oder ist älter als sieben Tage. Bitten Sie Ihre Administration um einen neuen Link.",
    "web.problem.too_long": "höchstens {limit} Zeichen ({given} eingegeben)",
    "web.problem.required": "Pflichtfeld: bitte ausfüllen",
    "web.problem.invalid_value": "dieser Wert ist nicht lesbar; siehe den Hinweis über dem Feld",
    "web.problem.out_of_range": "außerhalb dessen, was dieses Feld erlaubt; siehe den Hinweis über dem Feld",
    "web.problem.unknown_reference": "gehört nicht zum Plan; wählen Sie aus der Liste",
    "web.problem.history_conflict": "eine neuere Fassung ist bereits erfasst; prüfen Sie das Datum",
    "web.problem.inconsistent": "widerspricht einem anderen Feld dieses Formulars",
    "web.problem.not_allowed": "hier nicht erlaubt",
    "web.problem.malformed": "nicht lesbar",
    "web.problem.unknown_name": "unbekannter Name",
    "web.problem.date.invalid_value": "ein Datum wie 2025-12-31 (Jahr, Monat, Tag)",
    "web.problem.value.invalid_value": "eine Zahl, wie in dieser Sprache geschrieben (12,5), oder ja oder nein bei einem Ja/Nein-Indikator",
    "web.problem.percent_complete.invalid_value": "eine ganze Zahl von 0 bis 100",
    "web.problem.percent_complete.out_of_range": "eine ganze Zahl von 0 bis 100",
    "web.problem.evidence_url.invalid_value": "eine Adresse, die mit https:// beginnt",
    "web.problem.evidence_urls.invalid_value": "eine Adresse pro Zeile, jede beginnend mit https://",
    "web.problem.group.invalid_value": "schreiben Sie jede Gruppe als Merkmal=Wert, zum Beispiel sex=female",
    "web.plan_edit": "Plan bearbeiten",
    "web.plan_edit_intro": "Jeder Teil des Plans mit der Zahl seiner Einträge. Jede Änderung wird wie in einer Plandatei geprüft, überschreibt nie eine neuere Änderung einer anderen Person und bleibt im Verlauf.",
    "web.edit_plan_link": "Plan bearbeiten",
    "web.section.org_units": "Organisationseinheiten",
    "web.section.standards": "Standards",
    "web.section.fields": "Handlungsfelder",
    "web.section.objectives": "Ziele",
    "web.section.actions": "Maßnahmen",
    "web.section.indicators": "Indikatoren",
    "web.section.budget_lines": "Budgetposten",
    "web.section.participation_events": "Beteiligungsveranstaltungen",
    "web.section.bodies": "Gremien",
    "web.section.reports": "Berichte",
    "web.section.evaluations": "Evaluierungen",
    "web.section.not_applicable": "Als nicht zutreffend markiert",
    "web.record.saved": "Gespeichert: {what} {label}.",
    "web.record.retired": "Stillgelegt: {what} {label}. Die letzte Fassung bleibt im Verlauf.",
    "web.record.retire_refused": "Dieser Eintrag kann nicht stillgelegt werden, solange andere ihn nennen. Ändern oder stilllegen Sie zuerst diese:",
    "web.record.retire_stale": "Jemand hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben. Sehen Sie sich die aktuelle Fassung unten an und legen Sie ihn dann erneut still, wenn Sie wollen.",
    "web.record.retire": "Diesen Eintrag stilllegen",
    "web.record.retire_intro": "Stilllegen nimmt den Eintrag aus dem Plan und seinen öffentlichen Seiten. Nichts geht verloren: Seine Fassungen bleiben im Verlauf und im Prüfprotokoll. Ein Eintrag, den andere nennen (Ziele eines Handlungsfelds, Werte eines Indikators, Maßnahmen einer Stelle), kann nicht stillgelegt werden.",
    "web.record.retire_button": "Stilllegen",
    "web.record.retired_list": "Stillgelegte Einträge",
    "web.record.retired_intro": "Nicht mehr Teil des Plans; ihre letzten Fassungen bleiben im Prüfprotokoll. Ein neuer Eintrag mit demselben Code holt einen zurück.",
    "web.record.retired_by": "stillgelegt von",
    "web.record.duplicate": "Ein Eintrag mit dieser Kennung existiert bereits; öffnen Sie ihn aus der Liste, um ihn zu ändern.",
    "web.record.new": "Neu: {what}",
    "web.record.one_per_line": "Einer pro Zeile.",
    "web.record.json": "Als JSON geschrieben, wie in der Plandatei.",
    "web.record.date_hint": "Ein Tag (2025-12-31), ein Monat (2025-12) oder ein Jahr (2025).",
    "web.record.day_hint": "Ein Tag, etwa 2025-12-31.",
    "web.record.add": "Eintrag hinzufügen",
    "web.record.filter": "Nur die zeigen, deren Code oder Titel enthält",
    "web.record.filter_button": "Filtern",
    "web.record.count": "Einträge:",
    "web.record.none": "Noch keine.",
    "web.record.pages": "Seiten",
    "web.record.previous": "Vorige Seite",
    "web.record.next": "Nächste Seite",
    "web.record.history": "Verlauf",
    "web.record.conflict": "Jemand hat dies geändert, seit Sie es geöffnet haben",
    "web.record.conflict_intro": "Nichts wurde gespeichert. Die andere Fassung ist nun gespeichert; Ihre bleibt im Formular unten. Vergleichen, anpassen und erneut speichern.",
    "web.record.field": "Feld",
    "web.record.theirs": "Jetzt gespeichert",
    "web.record.yours": "Ihres",
    "web.plan_new": "Neuen Plan beginnen",
    "web.plan_new_intro": "Beginnen Sie leer, mit der Struktur eines bestehenden Plans oder mit einer Plandatei. Der neue Plan bleibt ein Entwurf, bis Sie ihn veröffentlichen.",
    "web.plan_new_empty": "Ein leerer Plan",
    "web.plan_new_create": "Plan anlegen",
    "web.plan_new_copy": "Eine Kopie der Struktur eines anderen Plans",
    "web.plan_new_copy_intro": "Kopiert Organisationseinheiten, Standards, Handlungsfelder, Ziele, Maßnahmen (als geplant, in Fortsetzung des anderen Plans) und Indikatoren; keine Werte, Fortschrittsmeldungen, Budgets, Veranstaltungen, Berichte oder Begutachtungen.",
    "web.plan_new_copy_button": "Struktur kopieren",
    "web.plan_new_upload": "Aus einer Plandatei",
    "web.plan_new.source": "Der zu kopierende Plan",
    "web.plan_new.file": "Plandatei (JSON)",
    "web.plan_new.file_hint": "Eine Datei, wie hrap export sie schreibt; alles oder nichts, jedes Problem aufgeführt.",
    "web.plan_new.created": "Plan {code} ist gespeichert. Fügen Sie unten seine Teile hinzu.",
    "web.plan_settings": "Angaben zum Plan",
    "web.government": "Gebietskörperschaft",
    "web.government_new": "Eine Gebietskörperschaft hinzufügen (eine Stadt, Region oder einen Kreis, die hier Pläne führen)",
    "web.plan_check": "Vor dem Veröffentlichen prüfen",
    "web.check_intro": "Was der Abschnitt Datenqualität des Jahresberichts und die Bewertung anzeigen würden, mit einem Link zu jedem zu korrigierenden Eintrag; Stand",
    "web.check_quality": "Datenqualität",
    "web.check_score": "Die Bewertung",
    "web.check_score_none": "Kein Kriterium nennt einen zu korrigierenden Eintrag.",
    "web.check_score_intro": "Kriterien unter der höchsten Stufe, mit den Einträgen, die sie zurückhalten:",
    "web.check_level": "Stufe",
    "web.section.narratives": "Die Worte der Stadt für jedes Berichtsjahr",
    "web.section.commitments": "Jährliche Zusagen fortlaufender Maßnahmen",
    "web.todo": "Zu erledigen",
    "web.todo_none": "In den nächsten 30 Tagen ist nichts fällig.",
    "web.todo.value": "Wert erfassen für",
    "web.todo.update": "Stand melden zur Maßnahme",
    "web.todo.no_unit": "ohne federführende Stelle",
    "web.todo.overdue": "seit {days} Tagen überfällig",
    "web.todo.due": "fällig am {date}",
    "web.rounds": "Begutachtungsrunden",
    "web.rounds_intro": "Selbst- und Peer-Bewertungen des Plans anhand eines Rahmens von Empfehlungen. Solange eine verdeckte Runde offen ist, sehen Sie, wer eingereicht hat, nie was.",
    "web.rounds.state.open": "offen",
    "web.rounds.state.in_review": "in Prüfung",
    "web.rounds.state.finalised": "abgeschlossen",
    "web.rounds.submitted": "eingereicht am {date}",
    "web.rounds.not_started": "nicht begonnen",
    "web.rounds.draft": "ein Entwurf, nicht eingereicht",
    "web.rounds.code": "Code der Runde",
    "web.rounds.title": "Titel",
    "web.rounds.kind": "Art",
    "web.rounds.kind.self": "Selbstbewertung",
    "web.rounds.kind.peer": "Peer-Bewertung",
    "web.rounds.framework": "Rahmen",
    "web.rounds.as_of": "Stichtag",
    "web.rounds.blind": "Verdeckt: Gutachter sehen die Bewertungen der anderen erst nach ihrer eigenen Einreichung",
    "web.rounds_reviewers": "Gutachter/innen",
    "web.rounds_no_reviewers": "Noch niemand eingeladen.",
    "web.rounds_invite": "Gutachter/in einladen",
    "web.rounds_close": "Runde abschließen",
    "web.rounds_reopen": "Als neue Fassung wieder öffnen",
    "web.rounds_recommendations": "Empfehlungen",
    "web.rounds_no_recommendations": "Noch keine.",
    "web.rounds_recommend": "Empfehlung des Gremiums hinzufügen",
    "web.rounds_none": "Noch keine Runde.",
    "web.rounds_respond": "Auf eine Empfehlung antworten",
    "web.rounds_respond_intro": "Nennen Sie die Empfehlung als RUNDE/CODE wie oben; eine spätere Antwort ersetzt die frühere, die im Verlauf bleibt.",
    "web.rounds_open": "Runde eröffnen",
    "web.rounds.opened": "Die Runde ist eröffnet; laden Sie die Gutachter ein.",
    "web.rounds.invited": "Die Person ist eingeladen.",
    "web.rounds.recommended": "Die Empfehlung ist erfasst.",
    "web.rounds.responded": "Die Antwort der Stadt ist erfasst.",
    "web.rounds.closed": "Die Runde ist abgeschlossen.",
    "web.rounds.reopened": "Die Runde ist als neue Fassung wieder offen.",
    "web.check_snapshots": "Gespeicherte Bewertungen",
    "web.check_snapshots_intro": "Eine gespeicherte Bewertung hält den heutigen Stand fest; der nächste Jahresbericht vergleicht mit der letzten vor seinem Stichtag.",
    "web.check_index": "Index",
    "web.check_save_snapshot": "Heutige Bewertung speichern",
    "web.check.snapshot_saved": "Die heutige Bewertung ist gespeichert.",
    "web.publish": "Jahresbericht veröffentlichen",
    "web.publish_intro": "Die Veröffentlichung friert Bericht und Zusammenfassung des Jahres in jeder Sprache samt offenem Datenpaket ein, so wie alle Besucher sie jetzt sehen. Danach bleiben sie genau so; ein veröffentlichter Bericht kann mit Begründung zurückgezogen werden, die sichtbar bleibt.",
    "web.publish_year": "Jahr",
    "web.publish_button": "Bericht veröffentlichen",
    "web.publish_published": "veröffentlicht",
    "web.publish_withdrawn_on": "zurückgezogen",
    "web.publish_reason": "Grund für den Rückzug",
    "web.publish_withdraw": "Diesen Bericht zurückziehen",
    "web.publish_list": "Veröffentlichte Berichte",
    "web.publish_live": "Aus den heutigen Daten berechnete Berichte",
    "web.publish.done": "Der Bericht für {year} ist veröffentlicht.",
    "web.publish.unpublished_plan": "Veröffentlichen Sie zuerst den Plan: Ein Bericht wird so veröffentlicht, wie Besucher den Plan sehen.",
    "web.publish.already": "Der Bericht für {year} ist bereits veröffentlicht; ziehen Sie ihn zuerst mit Begründung zurück.",
    "web.publish.withdrawn": "Der Bericht für {year} ist zurückgezogen; Rückzug und Begründung bleiben sichtbar.",
    "web.publish.reason_required": "Nichts wurde zurückgezogen: Geben Sie an, warum der Bericht zurückgezogen wird.",
    "record.field.code": "Code",
    "record.field.title": "Titel",
    "record.field.title_translations": "Titel in anderen Sprachen",
    "record.field.description": "Beschreibung",
    "record.field.standards": "Zitierte Standards",
    "record.objective.code": "Code",
    "record.objective.title": "Titel",
    "record.objective.title_translations": "Titel in anderen Sprachen",
    "record.objective.standards": "Zitierte Standards",
    "record.action.code": "Code",
    "record.action.title": "Titel",
    "record.action.title_translations": "Titel in anderen Sprachen",
    "record.action.description": "Beschreibung",
    "record.action.standards": "Zitierte Standards",
    "record.action.external_id": "Kennung in einem anderen System",
    "record.indicator.code": "Code",
    "record.indicator.standards": "Zitierte Standards",
    "record.indicator.external_id": "Kennung in einem anderen System",
    "record.objective.field": "Handlungsfeld",
    "record.objective.rationale": "Begründung des Ziels",
    "record.objective.rights_holder_groups": "Gruppen von Rechteinhabenden",
    "record.action.objective": "Ziel",
    "record.action.field": "Handlungsfeld (Maßnahme ohne Ziel)",
    "record.action.lead_unit": "Federführende Stelle",
    "record.action.partner_units": "Beteiligte Stellen",
    "record.action.start_date": "Beginn",
    "record.action.end_date": "Ende",
    "record.action.status": "Stand",
    "record.action.competence": "Zuständigkeit",
    "record.action.hrba": "Menschenrechtsbasierter Ansatz (PANEL-Prinzipien)",
    "record.action.continuing": "Fortlaufende Maßnahme (von Jahr zu Jahr)",
    "record.action.not_a_measure": "Keine Maßnahme (warum)",
    "record.action.continues": "Setzt die Maßnahme des Vorgängerplans fort",
    "record.indicator.objective": "Ziel",
    "record.indicator.action": "Maßnahme",
    "record.indicator.name": "Name",
    "record.indicator.name_translations": "Name in anderen Sprachen",
    "record.indicator.type": "Art (Struktur, Prozess, Ergebnis)",
    "record.indicator.value_type": "Art des Werts",
    "record.indicator.unit": "Einheit",
    "record.indicator.direction": "Welche Richtung besser ist",
    "record.indicator.derived": "Von hrap berechnet aus",
    "record.indicator.baseline_value": "Ausgangswert",
    "record.indicator.baseline_date": "Datum des Ausgangswerts",
    "record.indicator.target_value": "Zielwert",
    "record.indicator.target_date": "Zieldatum",
    "record.indicator.target_text": "Ziel in Worten",
    "record.indicator.milestones": "Meilensteine",
    "record.indicator.data_source": "Datenquelle",
    "record.indicator.frequency_months": "Monate zwischen Werten",
    "record.indicator.one_off": "Einmalig gemessen",
    "record.indicator.disaggregation": "Aufgeschlüsselt nach",
    "record.indicator.note": "Anmerkung",
    "record.budget_line.action": "Maßnahme",
    "record.budget_line.field": "Handlungsfeld",
    "record.budget_line.fiscal_year": "Haushaltsjahr",
    "record.budget_line.planned": "Geplant",
    "record.budget_line.allocated": "Bereitgestellt",
    "record.budget_line.spent": "Ausgegeben",
    "record.budget_line.currency": "Währung",
    "record.budget_line.funding_source": "Finanzierungsquelle",
    "record.budget_line.budget_code": "Haushaltsstelle",
    "record.budget_line.external_id": "Kennung in einem anderen System",
    "record.budget_line.note": "Anmerkung",
    "record.org_unit.code": "Code",
    "record.org_unit.name": "Name",
    "record.org_unit.kind": "Art",
    "record.org_unit.parent": "Teil von",
    "web.review.recommend": "Eigene Empfehlung hinzufügen",
    "web.review.recommend_intro": "Eine Empfehlung trägt Ihren Namen; die Stadt beantwortet sie auf ihrer Seite der Runden. Schreiben Sie eine je Empfehlung des Rahmens, die umgesetzt werden soll.",
    "record.plan.code": "Code",
    "record.plan.government": "Gebietskörperschaft",
    "record.plan.title": "Titel",
    "record.plan.title_translations": "Titel in anderen Sprachen",
    "record.plan.kind": "Art des Plans",
    "record.plan.theme": "Thema",
    "record.plan.period_start": "Beginn der Planlaufzeit",
    "record.plan.period_end": "Ende der Planlaufzeit",
    "record.plan.review_date": "Überprüfungsdatum",
    "record.plan.status": "Stand",
    "record.plan.adopted_by": "Beschlossen von",
    "record.plan.adoption_date": "Beschlussdatum",
    "record.plan.legal_basis": "Rechtsgrundlage",
    "record.plan.legal_basis_url": "Link zur Rechtsgrundlage",
    "record.plan.predecessor": "Vorgängerplan",
    "record.plan.predecessor_title": "Titel des Vorgängerplans",
    "record.plan.predecessor_url": "Link zum Vorgängerplan",
    "record.plan.coordinating_body": "Koordinierendes Gremium",
    "record.plan.reporting_interval_months": "Monate zwischen Fortschrittsberichten",
    "record.plan.documents": "Dokumente",
    "record.plan.language": "Sprache des Plans",
    "record.plan.note": "Anmerkung",
    "record.participation_event.code": "Code",
    "record.participation_event.title": "Titel",
    "record.participation_event.date": "Datum",
    "record.participation_event.end_date": "Letzter Tag",
    "record.participation_event.phase": "Phase des Politikzyklus",
    "record.participation_event.format": "Format",
    "record.participation_event.stakeholder_groups": "Beteiligte Gruppen",
    "record.participation_event.participants": "Teilnehmende",
    "record.participation_event.accessibility": "Maßnahmen zur Barrierefreiheit",
    "record.participation_event.feedback_url": "Link zur Rückmeldung",
    "record.body.code": "Code",
    "record.body.name": "Name",
    "record.body.role": "Aufgabe",
    "record.body.also_roles": "Weitere Aufgaben",
    "record.body.co_decision": "Entscheidet mit der Stadt mit",
    "record.body.internal_members": "Mitglieder aus der Verwaltung",
    "record.body.external_members": "Externe Mitglieder",
    "record.body.meetings": "Sitzungen",
    "record.report.code": "Code",
    "record.report.title": "Titel",
    "record.report.date": "Datum",
    "record.report.period_end": "Ende des Berichtszeitraums",
    "record.report.type": "Art des Berichts",
    "record.report.url": "Link",
    "record.report.presented_to_council": "Dem Rat vorgelegt",
    "record.report.audiences": "Vorgelegt bei",
    "record.report.languages": "Sprachen",
    "record.report.easy_read": "Fassung in Leichter Sprache",
    "record.evaluation.code": "Code",
    "record.evaluation.title": "Titel",
    "record.evaluation.stage": "Stadium",
    "record.evaluation.evaluator": "Evaluierende Stelle",
    "record.evaluation.date": "Datum",
    "record.evaluation.url": "Link",
    "record.evaluation.recommendations": "Empfehlungen",
    "record.evaluation.of_predecessor": "Bewertet den Vorgängerplan",
    "record.not_applicable.framework": "Rahmen",
    "record.not_applicable.encouragement": "Empfehlung",
    "record.not_applicable.criterion": "Kriterium",
    "record.not_applicable.reason": "Warum es nicht zutrifft"
  },
  "frameworks": {
    "hrgl-2023": {
      "status": "machine_suggested",
      "title": "Die Stadt mit Menschenrechtszielen steuern: Managementkonzepte und Instrumente",
      "encouragements": [
        {"number": 1, "short_title": "Menschenrechtsziele in den Steuerungszielen", "text": "Menschenrechtsziele sind Teil der strategischen und operativen Steuerungsziele der Stadt."},
        {"number": 2, "short_title": "Menschenrechtsbasierte Haushaltsplanung", "text": "Haushalte werden mit Blick auf die Menschenrechte aufgestellt und berichtet."},
        {"number": 3, "short_title": "Menschenrechtskonforme Beschaffung", "text": "Die öffentliche Beschaffung achtet und fördert Menschenrechte in Lieferketten und Dienstleistungen."},
        {"number": 4, "short_title": "Monitoringverfahren und Indikatoren", "text": "Monitoringverfahren und Menschenrechtsindikatoren sind in die Steuerungssysteme eingebaut."},
        {"number": 5, "short_title": "Beteiligung der Bevölkerung", "text": "Die Bevölkerung, besonders benachteiligte Gruppen, wird an Entscheidungen beteiligt, die sie betreffen."},
        {"number": 6, "short_title": "Transparenz und ausgewogene Information", "text": "Die Stadt informiert die Öffentlichkeit transparent und ausgewogen über ihre Menschenrechtsarbeit."},
        {"number": 7, "short_title": "Menschenrechtskonforme digitale Werkzeuge und KI", "text": "Digitale Werkzeuge und künstliche Intelligenz, die die Stadt einsetzt, achten die Menschenrechte."},
        {"number": 8, "short_title": "Personal und Schulung", "text": "Das Personal wird sachgerecht eingesetzt, und die Beschäftigten werden in Menschenrechten geschult."},
        {"number": 9, "short_title": "Folgenabschätzung", "text": "Politiken und Haushalte werden vor der Entscheidung auf ihre Folgen für die Menschenrechte geprüft."},
        {"number": 10, "short_title": "Standards für Dienstleistungen", "text": "Öffentliche Dienstleistungen erfüllen Standards der Verfügbarkeit, Zugänglichkeit, Annehmbarkeit und Qualität."},
        {"number": 11, "short_title": "Wege der Rechenschaft", "text": "Einwohnerinnen und Einwohner können sich über zugängliche Wege, etwa eine Ombudsstelle, beschweren und Abhilfe erlangen."},
        {"number": 12, "short_title": "Vernetzung und Lernen voneinander", "text": "Die Stadt arbeitet in Netzwerken mit und lernt von anderen Städten."}
      ]
    },
    "hrgl-2024": {
      "status": "machine_suggested",
      "title": "Rechenschaft in der Praxis: Menschenrechtsaktionspläne lokaler Regierungen",
      "encouragements": [
        {"number": 1, "short_title": "Förmliche und dauerhafte Verpflichtung", "text": "Der Gemeinderat beschließt den Menschenrechtsaktionsplan förmlich und verankert ihn so, dass er Regierungswechsel überdauert."},
        {"number": 2, "short_title": "Eine menschenrechtsbasierte Ausgangsstudie", "text": "Der Plan beruht auf einer Studie zur Menschenrechtslage in der Stadt, damit Fortschritt an einem bekannten Ausgangspunkt gemessen werden kann."},
        {"number": 3, "short_title": "In Standards verankerte Ziele", "text": "Die Ziele sind ausdrücklich in internationalen, regionalen und nationalen Menschenrechtsstandards verankert."},
        {"number": 4, "short_title": "Abstimmung über die Ebenen hinweg", "text": "Der Plan ist mit nationalen und regionalen Menschenrechtspolitiken und mit den lokalisierten Zielen für nachhaltige Entwicklung abgestimmt."},
        {"number": 5, "short_title": "Beteiligung der Rechteinhaberinnen und Rechteinhaber", "text": "Rechteinhaberinnen und Rechteinhaber, besonders von Ausgrenzung bedrohte Gruppen, gestalten den Plan mit, setzen ihn um und überprüfen ihn."},
        {"number": 6, "short_title": "Messbare Ziele", "text": "Die Ziele sind messbar, mit Ausgangswerten, Zielwerten, Meilensteinen und Ergebnisindikatoren."},
        {"number": 7, "short_title": "Maßnahmen mit Zuständigkeiten und Zeitplänen", "text": "Jede Maßnahme hat eine zuständige Stelle und einen Zeitplan, und Verzögerungen werden sichtbar."},
        {"number": 8, "short_title": "Verankerung im Haushalt", "text": "Der Plan ist im städtischen Haushalt verankert: Maßnahmen haben Mittel, und ihre Ausgaben werden berichtet."},
        {"number": 9, "short_title": "Menschenrechtsindikatoren und aufgeschlüsselte Daten", "text": "Fortschritt wird mit Menschenrechtsindikatoren gemessen, aufgeschlüsselt nach den vor Ort bedeutsamen Diskriminierungsmerkmalen."},
        {"number": 10, "short_title": "Unabhängiges und regelmäßiges Monitoring", "text": "Ein unabhängiges Gremium mit Mitgliedern von außerhalb der Verwaltung überwacht den Plan regelmäßig."},
        {"number": 11, "short_title": "Öffentliche und zugängliche Berichterstattung", "text": "Die Stadt berichtet öffentlich und regelmäßig über den Plan, in zugänglichen Formaten und Sprachen."},
        {"number": 12, "short_title": "Evaluation, Lernen und Erneuerung", "text": "Der Plan wird evaluiert, die Stadt antwortet auf die Empfehlungen, und der nächste Plan baut auf dem Gelernten auf."},
        {"number": 13, "short_title": "Kompetenz des Personals und Querschnittsverankerung", "text": "Die Beschäftigten der ganzen Verwaltung können einen menschenrechtsbasierten Ansatz in ihrer täglichen Arbeit anwenden."},
        {"number": 14, "short_title": "Austausch und Lernen voneinander", "text": "Die Stadt tauscht sich mit anderen Städten und Netzwerken aus und lernt von ihnen."}
      ]
    }
  },
    "hints": {
        "action.code": "Code, z. B. „2.1.3“.",
        "action.competence": "Eigene, geteilte oder nur anwaltschaftliche Zuständigkeit.",
        "action.continues": "Code der Maßnahme des Vorgängerplans, die diese fortführt (in einem Nachfolgeplan).",
        "action.continuing": "Ein Programm ohne Abschluss, beurteilt nach seinen Jahreszusagen; nie überfällig.",
        "action.description": "Beschreibung.",
        "action.end_date": "Geplantes Ende.",
        "action.external_id": "Kennung im Haushalts- oder ERP-System.",
        "action.field": "Code des Handlungsfelds, für eine Maßnahme direkt darunter (oder das Ziel, nicht beides).",
        "action.hrba": "Angewandte Grundsätze des menschenrechtsbasierten Ansatzes.",
        "action.lead_unit": "Code der federführenden Stelle.",
        "action.not_a_measure": "Warum dieser Eintrag keine Maßnahme ist (ein Haushaltsanhang, eine Berichtspflicht): keine Zusammenfassung zählt ihn.",
        "action.objective": "Code des Ziels (oder des Handlungsfelds, nicht beides).",
        "action.partner_units": "Codes der beteiligten Stellen.",
        "action.standards": "Codes der Normen, die sie umsetzt.",
        "action.start_date": "Geplanter Beginn.",
        "action.status": "Stand wie geplant oder zuletzt berichtet.",
        "action.title": "Titel.",
        "action.title_translations": "Der Titel in anderen Sprachen, nach Sprachkennung: {\"eu\": \"…\"}.",
        "body.also_roles": "Weitere Aufgaben, z. B. Überwachung bei einem Beirat.",
        "body.co_decision": "Das Gremium entscheidet mit: Seine Zustimmung ist nötig, nicht nur sein Rat.",
        "body.code": "Code, z. B. „MRB“.",
        "body.external_members": "Mitglieder von außen (Zivilgesellschaft, Fachleute).",
        "body.internal_members": "Mitglieder aus der Verwaltung.",
        "body.meetings": "Abgehaltene Sitzungen.",
        "body.name": "Name.",
        "body.role": "Koordinierend, überwachend oder beratend: seine Hauptaufgabe.",
        "budget_line.action": "Code der Maßnahme; leer für ein Paket (eines Handlungsfelds oder des Plans).",
        "budget_line.allocated": "Im beschlossenen Haushalt bereitgestellter Betrag.",
        "budget_line.budget_code": "Produkt oder Kostenstelle.",
        "budget_line.currency": "Währungscode nach ISO 4217.",
        "budget_line.external_id": "Kennung im Haushalts- oder ERP-System.",
        "budget_line.field": "Code des Handlungsfelds, das ein Paket finanziert (keine Maßnahme).",
        "budget_line.fiscal_year": "Haushaltsjahr.",
        "budget_line.funding_source": "Woher das Geld kommt.",
        "budget_line.note": "Was die Beträge abdecken oder woher sie stammen (eine Haushaltsseite, ein Zuschuss).",
        "budget_line.planned": "Im Plan vorgesehener Betrag.",
        "budget_line.spent": "Ausgegebener Betrag.",
        "evaluation.code": "Code, z. B. „EV1“.",
        "evaluation.date": "Datum des Evaluationsberichts.",
        "evaluation.evaluator": "Intern oder extern.",
        "evaluation.of_predecessor": "Sie evaluierte den Vorgängerplan, auf dem dieser Plan aufbaut.",
        "evaluation.recommendations": "Empfehlungen und die Antworten der Stadt.",
        "evaluation.stage": "Zwischen- oder Schlussevaluation.",
        "evaluation.title": "Titel.",
        "evaluation.url": "Link zum Bericht.",
        "field.code": "Code, z. B. „2“.",
        "field.description": "Beschreibung.",
        "field.standards": "Codes der Normen, die das Handlungsfeld umsetzt (von seinen Zielen übernommen).",
        "field.title": "Titel.",
        "field.title_translations": "Der Titel in anderen Sprachen, nach Sprachkennung: {\"eu\": \"…\"}.",
        "government.code": "Kurzcode, z. B. „AT-rivertown“.",
        "government.country": "Ländercode nach ISO 3166-1 alpha-2.",
        "government.level": "Verwaltungsebene.",
        "government.name": "Amtlicher Name.",
        "government.networks": "Mitgliedschaften in Netzwerken, z. B. ECCAR, UCLG.",
        "government.population": "Einwohnerinnen und Einwohner.",
        "indicator.action": "Code der Maßnahme (oder des Ziels; keines von beiden: der Plan).",
        "indicator.baseline_date": "Datum des Ausgangswerts.",
        "indicator.baseline_value": "Wert zum Ausgangsdatum.",
        "indicator.code": "Code, z. B. „2.1.a“.",
        "indicator.data_source": "Woher die Werte kommen.",
        "indicator.derived": "Ein Wert, den hrap aus den Daten des Plans berechnet statt eingegebener Werte: measures_implemented oder measures_on_calendar.",
        "indicator.direction": "Welche Richtung besser ist: steigen, sinken, halten, oder keine bei einer beschreibenden Zählung.",
        "indicator.disaggregation": "Merkmale, nach denen die Daten aufgeschlüsselt werden.",
        "indicator.external_id": "Kennung in einem externen System.",
        "indicator.frequency_months": "Monate zwischen zwei Werten.",
        "indicator.milestones": "Zwischenziele.",
        "indicator.name": "Was gemessen wird.",
        "indicator.name_translations": "Der Name in anderen Sprachen, nach Sprachkennung: {\"eu\": \"…\"}.",
        "indicator.note": "Wie die Werte zu lesen sind.",
        "indicator.objective": "Code des Ziels (oder der Maßnahme; keines von beiden: der Plan).",
        "indicator.one_off": "Einmal gemessen (eine Studie, eine einmalige Zählung): Mit einem Wert ist er weder veraltet noch fällig.",
        "indicator.standards": "Codes der Normen, die er misst.",
        "indicator.target_date": "Datum, bis zu dem das Ziel erreicht sein soll.",
        "indicator.target_text": "Das Ziel in Worten, für einen qualitativen Indikator.",
        "indicator.target_value": "Angestrebter Wert zum Zieldatum.",
        "indicator.type": "Struktur-, Prozess- oder Ergebnisindikator (OHCHR).",
        "indicator.unit": "Einheit, z. B. „%“, „Haushalte“, „Prozentpunkte“.",
        "indicator.value_type": "Zahlen oder Ja/Nein-Antworten.",
        "measurement.date": "Stichtag oder letzter Tag des Zeitraums.",
        "measurement.disaggregation": "Gruppe, z. B. {\"sex\": \"female\"}; {} für die Gesamtzahl.",
        "measurement.evidence_url": "Link zum Nachweis.",
        "measurement.indicator": "Code des Indikators.",
        "measurement.judged_status": "Bei einem qualitativen Indikator statt eines Werts: wie das Ziel steht, nach Einschätzung der Dienststelle.",
        "measurement.new_method": "Der Wert folgt einer neuen Definition oder Methode: Er wird nicht mit früheren Werten verglichen.",
        "measurement.note": "Anmerkung.",
        "measurement.period_start": "Erster Tag des Zeitraums, wenn der Wert einen abdeckt.",
        "measurement.public": "Darf auf öffentlichen Seiten erscheinen.",
        "measurement.source": "Quelle des Werts.",
        "measurement.value": "Der Wert (1/0 oder true/false bei Ja/Nein-Indikatoren).",
        "not_applicable.criterion": "Kennung eines Kriteriums; leer für die ganze Ermutigung.",
        "not_applicable.encouragement": "Nummer der Ermutigung.",
        "not_applicable.framework": "Kennung des Bezugsrahmens, z. B. hrgl-2024.",
        "not_applicable.reason": "Warum es außerhalb der Zuständigkeit der Gebietskörperschaft liegt.",
        "objective.code": "Code, z. B. „2.1“.",
        "objective.field": "Code des Handlungsfelds.",
        "objective.rationale": "Warum das Ziel wichtig ist.",
        "objective.rights_holder_groups": "Vorrangige Gruppen von Rechteinhaberinnen und Rechteinhabern.",
        "objective.standards": "Codes der Normen, in denen es verankert ist.",
        "objective.title": "Titel.",
        "objective.title_translations": "Der Titel in anderen Sprachen, nach Sprachkennung: {\"eu\": \"…\"}.",
        "org_unit.code": "Kurzcode, z. B. „SOZ“.",
        "org_unit.kind": "Dezernat/Referat, Amt oder externer Partner.",
        "org_unit.name": "Name.",
        "org_unit.parent": "Code der Stelle, zu der sie gehört (ein Dezernat für ein Amt).",
        "participation_event.accessibility": "Angebotene Maßnahmen der Barrierefreiheit.",
        "participation_event.code": "Code, z. B. „P1“.",
        "participation_event.date": "Datum (der erste Tag einer mehrtägigen Veranstaltung).",
        "participation_event.end_date": "Letzter Tag einer mehrtägigen Beteiligung, z. B. einer Konsultation.",
        "participation_event.feedback_url": "Veröffentlichte Rückmeldung an die Teilnehmenden.",
        "participation_event.format": "Wie sich Menschen beteiligten.",
        "participation_event.participants": "Zahl der Teilnehmenden.",
        "participation_event.phase": "Phase des Politikzyklus.",
        "participation_event.stakeholder_groups": "Gruppen, die sich beteiligten.",
        "participation_event.title": "Titel.",
        "plan.adopted_by": "Wer den Plan beschlossen hat.",
        "plan.adoption_date": "Datum des Beschlusses.",
        "plan.code": "Kurzcode, unter dem der Plan zitiert wird, z. B. „rivertown-2023“.",
        "plan.coordinating_body": "Code des koordinierenden Gremiums.",
        "plan.documents": "Veröffentlichte Dokumente des Plans.",
        "plan.government": "Code der Gebietskörperschaft, die den Plan beschlossen hat.",
        "plan.kind": "Umfassend oder thematisch mit einem Thema.",
        "plan.language": "Sprache der Titel und Texte des Plans, z. B. de (leer: en).",
        "plan.legal_basis": "Rechtsgrundlage (Beschluss, Satzung).",
        "plan.legal_basis_url": "Link zur Rechtsgrundlage.",
        "plan.note": "Wie der Plan erfasst wurde: die Quellen seiner Daten, was geschätzt ist.",
        "plan.period_end": "Letzter Tag der Laufzeit; leer bei einem Plan ohne Enddatum.",
        "plan.period_start": "Erster Tag der Laufzeit.",
        "plan.predecessor": "Code des Plans, auf den dieser folgt.",
        "plan.predecessor_title": "Titel des Vorgängerplans, wenn er nicht in hrap ist.",
        "plan.predecessor_url": "Wo der Vorgängerplan veröffentlicht ist.",
        "plan.reporting_interval_months": "Monate zwischen Sachstandsberichten, die der Plan festlegt, z. B. 24 bei Berichten alle zwei Jahre.",
        "plan.review_date": "Wann ein Plan ohne Enddatum überprüft wird (bis dahin sind die Maßnahmen fällig).",
        "plan.status": "Stand im Lebenszyklus.",
        "plan.theme": "Thema eines thematischen Plans.",
        "plan.title": "Titel des Plans.",
        "plan.title_translations": "Der Titel in anderen Sprachen, nach Sprachkennung: {\"eu\": \"…\"}.",
        "progress_update.action": "Code der Maßnahme.",
        "progress_update.date": "Datum, das der Sachstand beschreibt.",
        "progress_update.evidence_urls": "Links zu Nachweisen.",
        "progress_update.narrative": "Was geschehen ist.",
        "progress_update.percent_complete": "Umsetzungsgrad in Prozent, 0–100.",
        "progress_update.public": "Darf auf öffentlichen Seiten erscheinen.",
        "progress_update.status": "Stand der Maßnahme an diesem Datum.",
        "recommendation.actions": "Codes der Maßnahmen, die sie betrifft.",
        "recommendation.code": "Code der Empfehlung, z. B. „R1“.",
        "recommendation.encouragement": "Nummer der Ermutigung, die sie betrifft.",
        "recommendation.objectives": "Codes der Ziele, die sie betrifft.",
        "recommendation.reviewer": "Wer sie ausgesprochen hat (ohne Angabe: das Gremium).",
        "recommendation.text": "Die Empfehlung.",
        "recommendation_response.decision": "Angenommen, teilweise angenommen oder abgelehnt.",
        "recommendation_response.follow_up_actions": "Codes der Maßnahmen, die sie weiterverfolgen.",
        "recommendation_response.reason": "Warum: die Gründe der Stadt.",
        "recommendation_response.recommendation": "Die Empfehlung, „RUNDE/CODE“.",
        "report.audiences": "Wem er vorgelegt wurde: Rat, Verwaltungsspitze, Parlament, Öffentlichkeit.",
        "report.code": "Code, z. B. „R2024“.",
        "report.date": "Datum der Veröffentlichung.",
        "report.easy_read": "Hat eine Fassung in Leichter Sprache.",
        "report.languages": "Sprachen, in denen er veröffentlicht ist.",
        "report.period_end": "Letzter Tag des Berichtszeitraums (ohne Angabe: der Berichtszeitraum, der davor endete).",
        "report.presented_to_council": "Dem Rat vorgelegt.",
        "report.title": "Titel.",
        "report.type": "Art des Berichts.",
        "report.url": "Link.",
        "report_narrative.part": "Welcher Teil des Berichts sie sind.",
        "report_narrative.subject": "Bei einer Erläuterung: das Handlungsfeld oder die Maßnahme, die sie erläutert.",
        "report_narrative.text": "Die Worte der Stadt (einfacher Text; Markdown wird so gezeigt, wie es getippt wurde).",
        "report_narrative.year": "Das Berichtsjahr, für das die Worte gelten.",
        "reviewer.affiliation": "Organisation und Funktion.",
        "reviewer.code": "Kennung, unter der die Person begutachtet, z. B. „m.kovac“.",
        "reviewer.conflict_of_interest": "Der erklärte Interessenkonflikt oder „none“.",
        "reviewer.home_city": "Stadt oder Region, für die die Person arbeitet (Code oder Name).",
        "reviewer.name": "Vollständiger Name.",
        "standard.code": "Fundstelle, z. B. „ICESCR art. 11“ oder „SDG 11.1“.",
        "standard.label": "Was sie besagt, in wenigen Worten.",
        "standard.type": "Art der Norm.",
        "standard.url": "Link zum Text.",
        "yearly_commitment.action": "Code der fortlaufenden Maßnahme.",
        "yearly_commitment.commitments": "Was die Maßnahme für das Jahr zugesagt hat.",
        "yearly_commitment.note": "Warum, wenn einige nicht erfüllt wurden.",
        "yearly_commitment.percent_met": "Anteil der erfüllten Jahreszusagen, 0–100 (leer bis zur Bewertung).",
        "yearly_commitment.year": "Das Kalenderjahr, für das die Zusagen gelten."
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
    "bundle.keywords": "human rights; action plan; local government; indicators; accountability",
    "catalogue.title": "Human rights action plans: open data",
    "catalogue.description": "The open data of every annual report published on this site: measures, indicators, values, budget and recommendations of each plan, with a Frictionless data package and the plan file.",
    "bundle.title": "{plan}: annual report and open data {year}",
    "bundle.description": "Measures, indicators, values, budget and recommendations of {plan} ({government}), as recorded at the end of {year}. Public values only.",
    "report.title": "Annual accountability report",
    "report.summary_title": "Summary",
    "report.contents": "Contents",
    "report.skip": "Skip to the report",
    "report.generated": "Generated by hrap from the city's recorded data.",
    "cover.year": "Reporting year",
    "cover.as_of": "Data as of",
    "cover.languages": "The plan's languages: {languages}",
    "cover.period": "Plan period: {start} to {end}",
    "cover.open_ended": "Plan period: from {start}, open-ended (review: {review})",
    "cover.framework": "Scored against",
    "cover.text_status.paraphrase": "The encouragement texts are hrap's own paraphrase, not the official wording.",
    "cover.text_status.official": "The encouragement texts are the official wording.",
    "cover.translation.machine_suggested": "The translation of the framework's titles from hrap's English paraphrase is machine-suggested; nobody who reads the language has checked it yet.",
    "cover.translation.checked": "The translation of the framework's titles was checked by {checked_by}.",
    "cover.unpublished": "Draft: this plan is not marked as published; this report is not for publication.",
    "section.findings": "Key findings",
    "section.narrative": "In the city's own words",
    "narrative.note": "These words are the city's own; everything else in this report is computed by hrap from the plan's data.",
    "narrative.foreword": "Foreword",
    "narrative.achievements": "What we achieved",
    "narrative.challenges": "What held us back",
    "narrative.commitments": "What we commit to next year",
    "narrative.explanations": "Where we lagged, and why",
    "section.measure": "How we measure",
    "section.scorecard": "Scorecard",
    "section.fields": "Progress by field of action",
    "section.backwards": "Where we went backwards",
    "section.budget": "Budget",
    "section.participation": "Participation in the year",
    "section.recommendations": "Recommendations and responses",
    "section.quality": "Data quality",
    "section.methodology": "Methodology",
    "findings.headline": "{latest} ({date}); target {target} by {target_date}; {status}, {change}.",
    "findings.headline_no_value": "no value yet; target {target} by {target_date}.",
    "findings.measures": "Measures implemented: {implemented} of {total} ({more} more than a year earlier).",
    "findings.indicators": "Indicators over the year: {better} improved, {worse} worse, {unchanged} unchanged, {first} with a first value; {stale} without a new value this year, {none} never measured.",
    "findings.new_method": "Measured by a new definition or method this year, so not compared with earlier values ({count}): {codes}.",
    "findings.overdue": "Overdue measures ({count}): {codes}.",
    "findings.backwards": "Indicators going backwards ({count}): {codes}.",
    "measures.summary": "{implemented} of {total} measures implemented ({share})",
    "objective.direct": "Measures of this field",
    "commitments.summary": "Continuing measures fully on calendar in {year}: {full} of {total}{bands}.",
    "section.commitments": "Continuing measures and their commitments for",
    "table.commitments": "Commitments for the year",
    "table.met": "Share met",
    "band.full": "all met",
    "band.mostly": "80–99 % met",
    "band.partly": "60–79 % met",
    "band.behind": "below 60 % met",
    "band.not_assessed": "not assessed",
    "measure.completed": "completed",
    "measure.completed_late": "completed late",
    "measure.ongoing": "ongoing",
    "measure.planned": "planned",
    "measure.delayed": "delayed",
    "measure.overdue": "overdue",
    "measure.cancelled": "cancelled",
    "measure.continuing": "continuing",
    "measure.carried_over": "carried over",
    "measure.not_concluded": "not concluded",
    "status.achieved": "achieved",
    "status.achieved_late": "achieved late",
    "status.on_track": "on track",
    "status.at_risk": "at risk",
    "status.off_track": "off track",
    "status.no_data": "no data",
    "status.not_measurable": "not measurable",
    "status.descriptive": "descriptive",
    "status.stale": "stale",
    "definition.achieved": "The latest value meets the target, and a value met it by the target date.",
    "definition.achieved_late": "The latest value meets the target, but none met it by the target date.",
    "definition.on_track": "Progress from baseline to target is at least 90 % of what a straight line would have reached by now.",
    "definition.at_risk": "Progress is at least 70 %, but less than 90 %, of what a straight line would have reached by now.",
    "definition.off_track": "Progress is less than 70 % of what a straight line would have reached by now, or going backwards.",
    "definition.no_data": "No value has been recorded by the reference date; it is never counted as zero.",
    "definition.not_measurable": "The indicator has values, but no baseline or no target to measure progress against.",
    "definition.descriptive": "A count with no better or worse (direction none): shown with its values, with no target to reach; it never goes backwards.",
    "definition.stale": "The latest value is older than the indicator's reporting frequency (a year when none is set).",
    "definition.measure.completed": "Done, by its end date.",
    "definition.measure.completed_late": "Done, after its end date.",
    "definition.measure.ongoing": "Under way and not past its end date.",
    "definition.measure.planned": "Not started and not past its end date.",
    "definition.measure.delayed": "Behind schedule, not yet past its end date.",
    "definition.measure.overdue": "Not done and past its end date (or the plan's deadline, when it has none).",
    "definition.measure.cancelled": "Stopped; counted, but never as implemented.",
    "definition.measure.continuing": "A programme without completion, judged by its commitments for each year; never overdue.",
    "definition.measure.carried_over": "A continuing measure whose plan has ended and which a successor plan continues.",
    "definition.measure.not_concluded": "A continuing measure whose plan has ended and which no successor plan continues (yet).",
    "measure.rule": "A measure's status is the one given by its latest progress update; its deadline is its end date, or the plan's.",
    "score.rule": "Each encouragement's level (0–4) is the weighted mean of its criteria; the index is the mean over encouragements. Peer levels are the median of the reviewers' ratings.",
    "scorecard.index": "Index",
    "scorecard.explained": "The index says how well the plan itself is built as an accountability tool, judged against the framework's encouragements (participation, budgets, monitoring, alignment, reporting); it is not a measure of implementation. How far the city has got with the plan is told by its measures and indicators.",
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
    "table.previous": "Value before",
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
    "trend.unchanged": "unchanged",
    "trend.no_data": "no data",
    "trend.worse": "worse",
    "trend.changed": "changed",
    "trend.first_value": "first value",
    "trend.no_new_value": "no new value this year",
    "trend.from": "from {value}, {date}",
    "trend.baseline": "baseline {value}, {date}",
    "trend.last": "last value {date}",
    "trend.new_method": "new method, not compared",
    "trend.old_method": "earlier method: {value}, {date}",
    "derived.measures_implemented": "the measures completed, counted at each date on which a measure's progress was reported.",
    "derived.measures_on_calendar": "the measures that met all of a year's commitments, counted for each year with commitments recorded.",
    "ground.sex": "Sex",
    "ground.age": "Age",
    "ground.disability": "Disability",
    "ground.ethnic_or_national_origin": "Ethnic or national origin",
    "ground.migration_status": "Migration status",
    "ground.religion": "Religion or belief",
    "ground.sexual_orientation_gender_identity": "Sexual orientation and gender identity",
    "ground.socio_economic_status": "Socio-economic status",
    "ground.area": "Area",
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
    "chart.new_method": "value by a new method (not joined to the earlier ones)",
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
    "methodology.retrogression": "Going backwards: the latest value in the year is worse, by the indicator's direction, than the value recorded just before it (for a first value, the baseline), with or without a target. A value measured by a new definition or method is not compared with the values before it: it is never a setback.",
    "methodology.trend": "Over the year: the latest value in the twelve months to the reference date, compared with the latest value before them (improved, worse, unchanged; a first value is shown beside the baseline; an indicator without a value in the year has no new value, never unchanged; a value measured by a new method is not compared).",
    "methodology.dates": "A value dated to a month or a year counts from that month's or year's last day.",
    "methodology.private": "Values marked as not public are left out of this report.",
    "methodology.execution": "Execution rate = spent ÷ allocated, over the lines that give both, packages included.",
    "web.site_name": "Human rights action plans",
    "web.language.name": "English",
    "web.skip": "Skip to the content",
    "web.nav.language": "Language",
    "web.nav.account": "Account",
    "web.signed_in_as": "Signed in as",
    "web.workspace": "Workspace",
    "web.sign_in": "Sign in",
    "web.sign_out": "Sign out",
    "web.accessibility": "Accessibility statement",
    "web.footer": "Published with hrap from the city's recorded data; only public values are shown.",
    "web.plans_title": "Published plans",
    "web.plans_intro": "Each plan shows its measures, indicators, budget and the city's responses to peer review.",
    "web.plans_none": "No plan is published yet.",
    "web.derived": "hrap computes this indicator's values from the plan's own data; no one types them:",
    "web.no_data": "no data",
    "web.last_report": "Last published report",
    "web.none_yet": "none yet",
    "web.section_measures": "Measures by status",
    "web.measures_by_status": "Measures by status: count and share",
    "web.reports": "Reports and open data",
    "web.reports_intro": "Every annual report in each format and language, and the open data behind it, file by file.",
    "web.report_files": "Report files",
    "web.language": "Language",
    "web.files": "Files",
    "web.open_data": "Open data",
    "web.filter_title": "Show only",
    "web.filter_all": "All",
    "web.filter.field": "Field of action",
    "web.filter.status": "Status",
    "web.filter.lead": "Lead unit",
    "web.filter.group": "Rights-holder group",
    "web.filter.shown": "Showing {shown} of {total} measures ({share}).",
    "web.indicators_of": "Indicators of objective",
    "web.measures_of": "Measures of objective",
    "web.direction": "Better when the value",
    "web.direction.increase": "rises",
    "web.direction.decrease": "falls",
    "web.direction.maintain": "stays at the target",
    "web.direction.none": "no better or worse",
    "web.unit": "Unit",
    "web.source": "Source",
    "web.note": "Note",
    "web.tab_chart": "Chart",
    "web.tab_table": "Values and history",
    "web.download_csv": "Download the values (CSV)",
    "web.no_chart": "No chart: this indicator has no numeric values yet.",
    "web.history": "Values and history",
    "web.history_intro": "Every public value with its date; a corrected value stays listed, marked as superseded.",
    "web.version": "Version",
    "web.recorded": "Recorded",
    "web.current": "current",
    "web.correction": "current (corrects an earlier value)",
    "web.superseded": "superseded by a correction",
    "web.total": "total",
    "web.evidence": "evidence",
    "web.meaning": "Meaning",
    "web.objective": "Objective",
    "web.partners": "Partner units",
    "web.timeline": "Status history",
    "web.no_updates": "No progress update has been published yet.",
    "web.funding": "Funding",
    "web.indicators": "Indicators",
    "web.action_status.planned": "planned",
    "web.action_status.ongoing": "ongoing",
    "web.action_status.completed": "completed",
    "web.action_status.delayed": "delayed",
    "web.action_status.cancelled": "cancelled",
    "web.a11y_state_title": "Conformance",
    "web.a11y_state": "These pages aim to conform with WCAG 2.1 level AA; they are partially conformant because of the gaps listed below.",
    "web.a11y_checked_title": "How we checked",
    "web.a11y_checked": "Each release is checked with the automated tool axe-core in a browser at desktop and phone widths, and by hand with the keyboard. No test with users of assistive technology has taken place yet.",
    "web.a11y_gaps_title": "Known gaps",
    "web.a11y_gap_charts": "Charts are images with a text description and a data table; the table is the accessible version.",
    "web.a11y_gap_content": "Texts entered by the city (titles, notes) are shown as written, in the plan's language, and may not be in plain language.",
    "web.a11y_gap_errors": "Error messages of forms about individual values are in English only.",
    "web.a11y_contact_title": "Feedback and contact",
    "web.a11y_contact": "If you meet a barrier on these pages, please tell us:",
    "web.error_status": "Error code",
    "web.error.not_found.title": "Page not found",
    "web.error.not_found.advice": "There is no published page at this address. Check the address, or start from the list of published plans.",
    "web.error.method.title": "This page cannot be used that way",
    "web.error.method.advice": "Use the links and forms of the site.",
    "web.error.bad_request.title": "The request could not be read",
    "web.error.bad_request.advice": "Go back, reload the form and send it again.",
    "web.error.too_many.title": "Too many failed sign-ins",
    "web.error.too_many.advice": "Nothing was saved. Too many wrong passwords or tokens were tried from here or for this account within a minute. You can try again in {seconds} seconds.",
    "web.error.busy.title": "The database is busy",
    "web.error.busy.advice": "Nothing was saved. Another change was being written at the same time; send the form again in a moment.",
    "web.error.conflict.title": "This was changed or decided already",
    "web.error.conflict.advice": "Nothing was saved. Someone else changed or decided this since you opened the page; reload it, check, and try again.",
    "web.error.session.title": "Your session has ended",
    "web.error.session.advice": "Nothing was saved. Sign in again, then send the form once more.",
    "web.error.csrf.title": "The form has expired",
    "web.error.csrf.advice": "Nothing was saved. Open the form again from the site and send it from there.",
    "web.error.read_only.title": "Changes are switched off",
    "web.error.read_only.advice": "This server only shows data. Nothing was saved; ask your administrator.",
    "web.error.forbidden.title": "You may not do this",
    "web.error.forbidden.advice": "Nothing was saved. Your sign-in does not cover this plan or round; ask the plan's coordinator.",
    "web.error.internal.title": "Something went wrong on our side",
    "web.error.internal.advice": "Please try again later. If it happens again, tell the site's contact.",
    "web.error.form": "The form's content could not be read.",
    "web.error.query": "The address's query could not be read.",
    "web.sign_in_intro": "Sign in with your user name and password. Your session ends when you sign out, after two hours without use, or after twelve hours.",
    "web.sign_in.refused": "This token is not accepted: it is unknown, revoked or expired.",
    "web.token": "Access token",
    "web.token_hint": "It starts with hrap_.",
    "web.form_problem": "There is a problem",
    "web.your_plans": "Your plans",
    "web.your_rounds": "Your review rounds",
    "web.no_rounds": "You are not invited to an open review round.",
    "web.published": "published",
    "web.not_published": "not published",
    "web.record_measurement": "Record an indicator value",
    "web.record_update": "Record a progress update of a measure",
    "web.upload": "Upload a spreadsheet (CSV)",
    "web.manage": "Publication and approvals",
    "web.public_page": "Public page",
    "web.required": "required",
    "web.form_nothing_saved": "Nothing was saved. Correct the fields below and send the form again.",
    "web.form.indicator": "Indicator",
    "web.form.action": "Measure",
    "web.form.date": "Date",
    "web.form.date_hint": "The reference date, or the last day of the period the value covers.",
    "web.form.value": "Value",
    "web.form.value_hint": "A number, written as in this language (for example 12.5 or 12,5); yes or no for a yes/no indicator.",
    "web.form.group": "Group",
    "web.form.group_hint": "Empty for the total; otherwise ground=value pairs separated by commas, for example sex=female, age=0-17 (as in spreadsheets and on the command line).",
    "web.form.source": "Source",
    "web.form.note": "Note",
    "web.form.evidence_url": "Link to the evidence",
    "web.form.url_hint": "An address starting with https://",
    "web.form.public": "Show on public pages and in open data",
    "web.form.public_hint": "Untick to keep it internal, for example a count so small it could identify people.",
    "web.form.new_method": "A new definition or method of measurement",
    "web.form.new_method_hint": "Tick when this value is measured differently from the ones before (a new questionnaire, a changed definition): it is then not compared with them, so it is never shown as a setback.",
    "web.form.status": "Status at that date",
    "web.form.percent": "Percent complete",
    "web.form.percent_hint": "A whole number from 0 to 100; may stay empty.",
    "web.form.narrative": "What happened",
    "web.form.evidence_urls": "Links to evidence",
    "web.form.urls_hint": "One address per line, each starting with https://",
    "web.form.save": "Save",
    "web.form.import": "Import",
    "web.form.measurement_intro": "A value for the same indicator, date and group as an earlier one corrects it; both stay in the history.",
    "web.form.update_intro": "An update for the same measure and date as an earlier one corrects it; both stay in the history.",
    "web.form.upload_intro": "The file is checked whole: if any row is wrong, nothing is imported and every wrong row is listed. Use the columns 'hrap export-csv' writes.",
    "web.form.sheet_kind": "What the file holds",
    "web.form.sheet_measurements": "Indicator values",
    "web.form.sheet_progress": "Progress updates of measures",
    "web.form.file": "CSV file",
    "web.form.file_hint": "UTF-8, comma or semicolon separated, with a header row.",
    "web.form.file_missing": "choose a file",
    "web.form.choose": "choose one of the options",
    "web.form.more_problems": "… and {count} more problems.",
    "web.saved.measurement": "Saved: the value of indicator {indicator} for {date}. See it on",
    "web.saved.update": "Saved: the progress of measure {action} on {date}. See it on",
    "web.saved.unchanged": "Nothing changed: the same was already recorded. See it on",
    "web.saved.upload": "Imported {file}: {rows} rows, {inserted} new, {corrected} corrections, {unchanged} unchanged.",
    "web.manage.publication": "Publication",
    "web.manage.is_published": "This plan is published: residents see it with its public values.",
    "web.manage.is_not_published": "This plan is not published: it appears on no public page.",
    "web.manage.publish": "Publish this plan",
    "web.manage.withdraw": "Withdraw it from the public pages",
    "web.manage.now_published": "The plan is now published.",
    "web.manage.now_withdrawn": "The plan is withdrawn from the public pages.",
    "web.manage.changed": "Nothing was changed: someone else changed the plan since you opened this page. Check its state below and try again.",
    "web.review.title": "Rating sheet",
    "web.review.intro": "Rate the encouragements you can judge; leave the others empty. Other reviewers' ratings stay hidden until the round is finalised. Framework:",
    "web.review.level": "level",
    "web.review.not_assessable": "Or: why it cannot be assessed",
    "web.review.rationale": "Rationale: what you saw",
    "web.review.evidence": "Evidence",
    "web.review.evidence_hint": "One per line: document:TITLE <URL or p. N>, measurement:INDICATOR@DATE, update:ACTION@DATE or report:CODE.",
    "web.review.save": "Save draft",
    "web.review.submit": "Save and submit",
    "web.review.nothing": "Rate at least one encouragement.",
    "web.review.saved": "Saved {count} ratings in your draft sheet.",
    "web.review.submitted": "Submitted your sheet (number {number}).",
    "web.review.not_submitted": "It is not submitted yet:",
    "web.approval": "Approval before publication",
    "web.approval.required": "Officers' indicator values and progress updates wait here for approval by another officer of the government or an admin; until approved they count in no figure and appear on no page. Only an admin changes this setting.",
    "web.approval.not_required": "This plan does not require approval: officers' entries count as soon as they are saved. An admin can require approval (hrap plan update --code … --requires-approval true, or the API).",
    "web.approval.queue": "Waiting for approval",
    "web.approval.none": "Nothing is waiting for approval.",
    "web.approval.own": "You submitted this: another officer or an admin decides on it.",
    "web.approval.approve": "Approve",
    "web.approval.reject": "Reject",
    "web.approval.reason": "Reason (required to reject)",
    "web.approval.reason_required": "Say why you reject it: the officer sees the reason.",
    "web.approval.reason_too_long": "The reason is too long: at most {max} characters.",
    "web.approval.decided_heading": "Latest decisions",
    "web.approval.approved": "approved",
    "web.approval.rejected": "rejected (kept in the history, counts nowhere)",
    "web.approval.submitted": "submitted by {who} on {date}",
    "web.approval.decided": "decided by {who} on {date}",
    "web.approval.kind.measurement": "Indicator value",
    "web.approval.kind.progress_update": "Progress update",
    "web.approval.now_approved": "Approved: {what} now counts and appears on the public pages.",
    "web.approval.now_rejected": "Rejected: {what} stays in the history with your reason and counts nowhere.",
    "web.approval.already_decided": "Nothing changed: someone decided on this entry already. Its decision is listed below.",
    "web.saved.pending": "Saved for approval: {indicator}, {date} appears on the public pages once a coordinator approves it.",
    "web.error.approval.title": "This plan's entries need approval",
    "web.error.approval.advice": "Nothing was saved. Record the values one by one with the forms so a coordinator can approve each, or ask an admin to import the file.",
    "web.sign_in.refused_password": "The user name or the password is not right, or the account is not active. Check both and try again.",
    "web.sign_in.password_set": "Your password is set. Sign in with it now.",
    "web.username": "User name",
    "web.password": "Password",
    "web.sign_in_token": "Sign in with an access token instead",
    "web.sign_in_token_intro": "For administrators and for the time before accounts: paste an API token an administrator made with hrap token create.",
    "web.account": "Your account",
    "web.people": "People",
    "web.welcome": "Welcome: choose your password",
    "web.welcome_reset": "Choose a new password",
    "web.welcome_intro": "This link lets you set the password of",
    "web.new_password": "New password",
    "web.repeat_password": "The new password again",
    "web.set_password": "Set the password",
    "web.password.rules": "At least {minimum} characters. A phrase of several words is easy to remember and hard to guess; no special characters are required, and you will not be asked to change it regularly.",
    "web.password.mismatch": "The two new passwords differ; type the same one twice.",
    "web.problem.password_too_short": "at least {minimum} characters",
    "web.problem.password_too_long": "at most {maximum} characters",
    "web.problem.password_common": "a commonly used password; choose another",
    "web.problem.password_contains_name": "it contains your name, your user name or the service's name; choose one without",
    "web.problem.password_repetitive": "one character repeated; choose another",
    "web.problem.current.invalid_value": "this is not your current password",
    "web.problem.username.invalid_value": "3 to 100 letters, digits and . _ - @ + (an e-mail address will do)",
    "web.problem.display_name.required": "a name of 1 to 100 characters",
    "web.problem.grants.required": "at least one role",
    "web.problem.grants.not_allowed": "at most one reviewer identity",
    "web.problem.admin.not_allowed": "you cannot take away your own admin role",
    "web.problem.state.not_allowed": "you cannot disable your own account",
    "web.problem.name.invalid_value": "a name of 1 to 60 characters on one line",
    "web.problem.grant.not_allowed": "more than your own rights allow",
    "web.problem.duplicate": "this name is in use already",
    "web.problem.date": "Expires: a date like 2026-12-31, or empty",
    "web.account.sessions_ended": "Sessions ended: {count}.",
    "web.account.password_changed": "Your password is changed.",
    "web.account.token_grant": "Choose one of the offered roles for the token.",
    "web.account.token_revoked": "Token {name} is revoked.",
    "web.role.viewer": "Viewer",
    "web.role.reviewer": "Reviewer",
    "web.role.officer": "Officer",
    "web.role.admin": "Administrator",
    "web.token_state.active": "active",
    "web.token_state.expired": "expired",
    "web.token_state.revoked": "revoked",
    "web.account_state.invited": "invited (no password yet)",
    "web.account_state.active": "active",
    "web.account_state.disabled": "disabled",
    "web.roles": "Roles",
    "web.account_sessions": "Where you are signed in",
    "web.account_client": "Address and browser",
    "web.account_began": "Signed in",
    "web.account_last_seen": "Last used",
    "web.account_end": "End",
    "web.account_this_session": "this browser",
    "web.account_end_all": "Sign out everywhere",
    "web.account_password": "Change your password",
    "web.account_current_password": "Current password",
    "web.account_change_password": "Change the password",
    "web.account_tokens": "Your tokens for programs",
    "web.account_tokens_intro": "A token lets a script or spreadsheet tool use the API in your name, with at most your rights. It works only while your account is active; revoke it when it is no longer needed.",
    "web.account_token_name": "Token name",
    "web.account_token_expires": "Last valid day",
    "web.account_token_expires_hint": "A date like 2027-06-30; empty: until revoked.",
    "web.account_token_state": "State",
    "web.account_revoke": "Revoke",
    "web.account_create_token": "Create a token",
    "web.account_token_created": "Your new token, shown this once: copy it into your program now.",
    "web.people_link_intro": "Hand this one-time link to",
    "web.people_link_expires": "valid until",
    "web.people_name": "Name",
    "web.people_state": "State",
    "web.people_invite": "Invite a person",
    "web.people_invite_intro": "The person gets an account without a password and a link, valid for seven days and usable once, where they choose their password. The link is shown here once; hand it over by any channel you trust.",
    "web.people_username_hint": "What the person types to sign in, often their e-mail address.",
    "web.people_grants_hint": "One per line: officer:GOVERNMENT, reviewer:IDENTITY, viewer, viewer:GOVERNMENT (also its drafts) or admin. Governments:",
    "web.people_sessions": "Sessions in use",
    "web.people_tokens": "Tokens",
    "web.people_owner": "Owner",
    "web.people_edit": "Name and roles",
    "web.people_access": "Access",
    "web.people_reset": "Make a new password link",
    "web.people_enable": "Enable the account",
    "web.people_disable": "Disable the account",
    "web.people_no_sessions": "Not signed in anywhere.",
    "web.people_audit": "What changed",
    "web.people.duplicate": "User name: an account with this user name exists already.",
    "web.people.saved": "Saved.",
    "web.people.disabled": "The account is disabled; its sessions ended and its tokens stopped working.",
    "web.people.enabled": "The account is enabled again.",
    "web.people.sessions_ended": "The person's sessions ended.",
    "web.people.bad_grant": "Roles, line {line}: “{text}” is not a role; write officer:GOVERNMENT, reviewer:IDENTITY, viewer, viewer:GOVERNMENT or admin.",
    "web.people.field.username": "User name",
    "web.people.field.display_name": "Name",
    "web.people.field.grants": "Roles",
    "web.people.field.admin": "Roles",
    "web.people.field.state": "Account",
    "web.error.proxy.title": "This sign-on header is not accepted from here",
    "web.error.proxy.advice": "Nothing was read or saved. Single sign-on works only through the city's sign-on proxy; use the site's usual address.",
    "web.error.no_account.title": "You have no active account here",
    "web.error.no_account.advice": "Your sign-on worked, but hrap has no active account for you. Ask an administrator to invite or enable you.",
    "web.error.link.title": "This link cannot be used",
    "web.error.link.advice": "It was used already, replaced by a newer one, or is more than seven days old. Ask your administrator for a new link.",
    "web.problem.too_long": "at most {limit} characters ({given} given)",
    "web.problem.required": "required: fill it in",
    "web.problem.invalid_value": "this value cannot be read; see the hint above the field",
    "web.problem.out_of_range": "outside what this field allows; see the hint above the field",
    "web.problem.unknown_reference": "not one of the plan's; choose from the list",
    "web.problem.history_conflict": "a later version is recorded already; check the date",
    "web.problem.inconsistent": "contradicts another field of this form",
    "web.problem.not_allowed": "not allowed here",
    "web.problem.malformed": "cannot be read",
    "web.problem.unknown_name": "not a known name",
    "web.problem.date.invalid_value": "a date like 2025-12-31 (year, month, day)",
    "web.problem.value.invalid_value": "a number as written in this language (12.5 or 12,5), or yes or no for a yes/no indicator",
    "web.problem.percent_complete.invalid_value": "a whole number from 0 to 100",
    "web.problem.percent_complete.out_of_range": "a whole number from 0 to 100",
    "web.problem.evidence_url.invalid_value": "an address starting with https://",
    "web.problem.evidence_urls.invalid_value": "one address per line, each starting with https://",
    "web.problem.group.invalid_value": "write each group as ground=value, for example sex=female",
    "web.plan_edit": "Edit the plan",
    "web.plan_edit_intro": "Each part of the plan, with how many records it holds. Every change is checked as in a plan file, keeps the other person's newer change, and is recorded in the history.",
    "web.edit_plan_link": "Edit the plan",
    "web.section.org_units": "Units",
    "web.section.standards": "Standards",
    "web.section.fields": "Fields of action",
    "web.section.objectives": "Objectives",
    "web.section.actions": "Measures",
    "web.section.indicators": "Indicators",
    "web.section.budget_lines": "Budget lines",
    "web.section.participation_events": "Participation events",
    "web.section.bodies": "Bodies",
    "web.section.reports": "Reports",
    "web.section.evaluations": "Evaluations",
    "web.section.not_applicable": "Not-applicable marks",
    "web.record.saved": "Saved: {what} {label}.",
    "web.record.retired": "Retired: {what} {label}. Its last version stays in the history.",
    "web.record.retire_refused": "This record cannot be retired while others name it. Change or retire these first:",
    "web.record.retire_stale": "Someone changed this record after you opened it. Look at the current version below, then retire it again if you still want to.",
    "web.record.retire": "Retire this record",
    "web.record.retire_intro": "Retiring removes the record from the plan and its public pages. Nothing is lost: its versions stay in the history and in the audit log. A record that others name (objectives of a field, values of an indicator, measures of a unit) cannot be retired.",
    "web.record.retire_button": "Retire it",
    "web.record.retired_list": "Retired records",
    "web.record.retired_intro": "No longer part of the plan; their last versions are kept in the audit log. Add a record with the same code to bring one back.",
    "web.record.retired_by": "retired by",
    "web.record.duplicate": "A record with this identity exists already; open it from the list to change it.",
    "web.record.new": "New: {what}",
    "web.record.one_per_line": "One per line.",
    "web.record.json": "Written as JSON, as in the plan file.",
    "web.record.date_hint": "A day (2025-12-31), a month (2025-12) or a year (2025).",
    "web.record.day_hint": "A day, such as 2025-12-31.",
    "web.record.add": "Add a record",
    "web.record.filter": "Show those whose code or title contains",
    "web.record.filter_button": "Filter",
    "web.record.count": "Records:",
    "web.record.none": "None yet.",
    "web.record.pages": "Pages",
    "web.record.previous": "Previous page",
    "web.record.next": "Next page",
    "web.record.history": "History",
    "web.record.conflict": "Someone changed this since you opened it",
    "web.record.conflict_intro": "Nothing was saved. Their version is now stored; yours is kept in the form below. Compare, adjust, and save again.",
    "web.record.field": "Field",
    "web.record.theirs": "Stored now",
    "web.record.yours": "Yours",
    "web.plan_new": "Start a new plan",
    "web.plan_new_intro": "Start from nothing, from the structure of a plan you have, or from a plan file. The new plan is a draft until you publish it.",
    "web.plan_new_empty": "An empty plan",
    "web.plan_new_create": "Create the plan",
    "web.plan_new_copy": "A copy of another plan's structure",
    "web.plan_new_copy_intro": "Copies the units, standards, fields of action, objectives, measures (as planned, continuing the other plan's) and indicators; no values, updates, budget, events, reports or reviews.",
    "web.plan_new_copy_button": "Copy the structure",
    "web.plan_new_upload": "From a plan file",
    "web.plan_new.source": "The plan to copy",
    "web.plan_new.file": "Plan file (JSON)",
    "web.plan_new.file_hint": "A file as hrap export writes it; all or nothing, every problem listed.",
    "web.plan_new.created": "Plan {code} is saved. Add its parts below.",
    "web.plan_settings": "The plan's own data",
    "web.government": "Government",
    "web.government_new": "Add a government (a city, region or county that will keep plans here)",
    "web.plan_check": "Check before publishing",
    "web.check_intro": "What the annual report's data-quality section and the score would flag, with a link to each record to fix; as of",
    "web.check_quality": "Data quality",
    "web.check_score": "The score",
    "web.check_score_none": "No criterion names a record to fix.",
    "web.check_score_intro": "Criteria below the highest level, with the records that hold them back:",
    "web.check_level": "level",
    "web.section.narratives": "The city's words for each report year",
    "web.section.commitments": "Yearly commitments of continuing measures",
    "web.todo": "To do",
    "web.todo_none": "Nothing is due in the next 30 days.",
    "web.todo.value": "Record a value of",
    "web.todo.update": "Report on measure",
    "web.todo.no_unit": "no lead unit",
    "web.todo.overdue": "{days} days overdue",
    "web.todo.due": "due {date}",
    "web.rounds": "Review rounds",
    "web.rounds_intro": "Self- and peer-assessments of the plan against a framework of encouragements. You see who has submitted, never what, while a blind round is open.",
    "web.rounds.state.open": "open",
    "web.rounds.state.in_review": "in review",
    "web.rounds.state.finalised": "finalised",
    "web.rounds.submitted": "submitted {date}",
    "web.rounds.not_started": "not started",
    "web.rounds.draft": "a draft, not submitted",
    "web.rounds.code": "Code of the round",
    "web.rounds.title": "Title",
    "web.rounds.kind": "Kind",
    "web.rounds.kind.self": "self-assessment",
    "web.rounds.kind.peer": "peer assessment",
    "web.rounds.framework": "Framework",
    "web.rounds.as_of": "Reference date",
    "web.rounds.blind": "Blind: reviewers see each other's ratings only once they have submitted theirs",
    "web.rounds_reviewers": "Reviewers",
    "web.rounds_no_reviewers": "No reviewer invited yet.",
    "web.rounds_invite": "Invite a reviewer",
    "web.rounds_close": "Finalise the round",
    "web.rounds_reopen": "Reopen as a new version",
    "web.rounds_recommendations": "Recommendations",
    "web.rounds_no_recommendations": "None yet.",
    "web.rounds_recommend": "Add the panel's recommendation",
    "web.rounds_none": "No round yet.",
    "web.rounds_respond": "Answer a recommendation",
    "web.rounds_respond_intro": "Name the recommendation as ROUND/CODE, as listed above; a later answer supersedes an earlier one, which stays in the history.",
    "web.rounds_open": "Open a round",
    "web.rounds.opened": "The round is open; invite its reviewers.",
    "web.rounds.invited": "The reviewer is invited.",
    "web.rounds.recommended": "The recommendation is recorded.",
    "web.rounds.responded": "The city's answer is recorded.",
    "web.rounds.closed": "The round is finalised.",
    "web.rounds.reopened": "The round is open again as a new version.",
    "web.check_snapshots": "Score snapshots",
    "web.check_snapshots_intro": "A snapshot keeps today's score; the next annual report compares with the latest one saved before its reference date.",
    "web.check_index": "index",
    "web.check_save_snapshot": "Save today's score",
    "web.check.snapshot_saved": "Today's score is saved as a snapshot.",
    "web.publish": "Publish the annual report",
    "web.publish_intro": "Publishing freezes the year's report and summary in every language and its open-data bundle, as any visitor sees them now. They then stay exactly as published; a published report can be withdrawn with a reason, which stays visible.",
    "web.publish_year": "Year",
    "web.publish_button": "Publish the report",
    "web.publish_published": "published",
    "web.publish_withdrawn_on": "withdrawn",
    "web.publish_reason": "Reason for withdrawing",
    "web.publish_withdraw": "Withdraw this report",
    "web.publish_list": "Published reports",
    "web.publish_live": "Reports computed from today's data",
    "web.publish.done": "The report for {year} is published.",
    "web.publish.unpublished_plan": "Publish the plan first: a report is published as visitors see the plan.",
    "web.publish.already": "The report for {year} is published already; withdraw it first, with a reason.",
    "web.publish.withdrawn": "The report for {year} is withdrawn; the withdrawal and its reason stay visible.",
    "web.publish.reason_required": "Nothing was withdrawn: say why the report is withdrawn.",
    "record.field.code": "Code",
    "record.field.title": "Title",
    "record.field.title_translations": "Title in other languages",
    "record.field.description": "Description",
    "record.field.standards": "Standards cited",
    "record.objective.code": "Code",
    "record.objective.title": "Title",
    "record.objective.title_translations": "Title in other languages",
    "record.objective.standards": "Standards cited",
    "record.action.code": "Code",
    "record.action.title": "Title",
    "record.action.title_translations": "Title in other languages",
    "record.action.description": "Description",
    "record.action.standards": "Standards cited",
    "record.action.external_id": "Identifier in another system",
    "record.indicator.code": "Code",
    "record.indicator.standards": "Standards cited",
    "record.indicator.external_id": "Identifier in another system",
    "record.objective.field": "Field of action",
    "record.objective.rationale": "Why this objective",
    "record.objective.rights_holder_groups": "Rights-holder groups",
    "record.action.objective": "Objective",
    "record.action.field": "Field of action (for a measure without objective)",
    "record.action.lead_unit": "Lead unit",
    "record.action.partner_units": "Partner units",
    "record.action.start_date": "Start",
    "record.action.end_date": "End",
    "record.action.status": "Status",
    "record.action.competence": "Competence",
    "record.action.hrba": "Human rights-based approach (PANEL principles)",
    "record.action.continuing": "Continuing measure (runs from year to year)",
    "record.action.not_a_measure": "Not a measure (why)",
    "record.action.continues": "Continues the predecessor plan's measure",
    "record.indicator.objective": "Objective",
    "record.indicator.action": "Measure",
    "record.indicator.name": "Name",
    "record.indicator.name_translations": "Name in other languages",
    "record.indicator.type": "Type (structure, process, outcome)",
    "record.indicator.value_type": "Kind of value",
    "record.indicator.unit": "Unit",
    "record.indicator.direction": "Which way is better",
    "record.indicator.derived": "Computed by hrap from",
    "record.indicator.baseline_value": "Baseline value",
    "record.indicator.baseline_date": "Baseline date",
    "record.indicator.target_value": "Target value",
    "record.indicator.target_date": "Target date",
    "record.indicator.target_text": "Target in words",
    "record.indicator.milestones": "Milestones",
    "record.indicator.data_source": "Data source",
    "record.indicator.frequency_months": "Months between values",
    "record.indicator.one_off": "Measured once",
    "record.indicator.disaggregation": "Broken down by",
    "record.indicator.note": "Note",
    "record.budget_line.action": "Measure",
    "record.budget_line.field": "Field of action",
    "record.budget_line.fiscal_year": "Fiscal year",
    "record.budget_line.planned": "Planned",
    "record.budget_line.allocated": "Allocated",
    "record.budget_line.spent": "Spent",
    "record.budget_line.currency": "Currency",
    "record.budget_line.funding_source": "Funding source",
    "record.budget_line.budget_code": "Budget code",
    "record.budget_line.external_id": "Identifier in another system",
    "record.budget_line.note": "Note",
    "record.org_unit.code": "Code",
    "record.org_unit.name": "Name",
    "record.org_unit.kind": "Kind",
    "record.org_unit.parent": "Part of",
    "web.review.recommend": "Add your own recommendation",
    "web.review.recommend_intro": "A recommendation names you; the city answers it on its rounds page. Write one per encouragement you want to see acted on.",
    "record.plan.code": "Code",
    "record.plan.government": "Government",
    "record.plan.title": "Title",
    "record.plan.title_translations": "Title in other languages",
    "record.plan.kind": "Kind of plan",
    "record.plan.theme": "Theme",
    "record.plan.period_start": "Start of the plan period",
    "record.plan.period_end": "End of the plan period",
    "record.plan.review_date": "Review date",
    "record.plan.status": "Status",
    "record.plan.adopted_by": "Adopted by",
    "record.plan.adoption_date": "Adoption date",
    "record.plan.legal_basis": "Legal basis",
    "record.plan.legal_basis_url": "Link to the legal basis",
    "record.plan.predecessor": "Predecessor plan",
    "record.plan.predecessor_title": "Title of the predecessor plan",
    "record.plan.predecessor_url": "Link to the predecessor plan",
    "record.plan.coordinating_body": "Coordinating body",
    "record.plan.reporting_interval_months": "Months between progress reports",
    "record.plan.documents": "Documents",
    "record.plan.language": "Language of the plan",
    "record.plan.note": "Note",
    "record.participation_event.code": "Code",
    "record.participation_event.title": "Title",
    "record.participation_event.date": "Date",
    "record.participation_event.end_date": "Last day",
    "record.participation_event.phase": "Phase of the policy cycle",
    "record.participation_event.format": "Format",
    "record.participation_event.stakeholder_groups": "Groups taking part",
    "record.participation_event.participants": "Participants",
    "record.participation_event.accessibility": "Accessibility measures",
    "record.participation_event.feedback_url": "Link to the feedback given",
    "record.body.code": "Code",
    "record.body.name": "Name",
    "record.body.role": "Role",
    "record.body.also_roles": "Further roles",
    "record.body.co_decision": "Decides together with the city",
    "record.body.internal_members": "Members from the administration",
    "record.body.external_members": "Members from outside",
    "record.body.meetings": "Meetings",
    "record.report.code": "Code",
    "record.report.title": "Title",
    "record.report.date": "Date",
    "record.report.period_end": "End of the period covered",
    "record.report.type": "Kind of report",
    "record.report.url": "Link",
    "record.report.presented_to_council": "Presented to the council",
    "record.report.audiences": "Presented to",
    "record.report.languages": "Languages",
    "record.report.easy_read": "Easy-read version",
    "record.evaluation.code": "Code",
    "record.evaluation.title": "Title",
    "record.evaluation.stage": "Stage",
    "record.evaluation.evaluator": "Evaluator",
    "record.evaluation.date": "Date",
    "record.evaluation.url": "Link",
    "record.evaluation.recommendations": "Recommendations",
    "record.evaluation.of_predecessor": "Evaluates the predecessor plan",
    "record.not_applicable.framework": "Framework",
    "record.not_applicable.encouragement": "Encouragement",
    "record.not_applicable.criterion": "Criterion",
    "record.not_applicable.reason": "Why it does not apply"
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
    "bundle.keywords": "derechos humanos; plan de acción; gobierno local; indicadores; rendición de cuentas",
    "catalogue.title": "Planes de acción de derechos humanos: datos abiertos",
    "catalogue.description": "Los datos abiertos de cada informe anual publicado en este sitio: medidas, indicadores, valores, presupuesto y recomendaciones de cada plan, con un paquete de datos Frictionless y el archivo del plan.",
    "bundle.title": "{plan}: informe anual y datos abiertos {year}",
    "bundle.description": "Medidas, indicadores, valores, presupuesto y recomendaciones de {plan} ({government}), tal como constaban al final de {year}. Solo valores públicos.",
    "report.title": "Informe anual de rendición de cuentas",
    "report.summary_title": "Resumen",
    "report.contents": "Índice",
    "report.skip": "Ir al informe",
    "report.generated": "Generado por hrap a partir de los datos registrados por la ciudad.",
    "cover.year": "Año del informe",
    "cover.as_of": "Datos a",
    "cover.languages": "Idiomas del plan: {languages}",
    "cover.period": "Periodo del plan: del {start} al {end}",
    "cover.open_ended": "Periodo del plan: desde {start}, sin fecha de fin (revisión: {review})",
    "cover.framework": "Evaluado según",
    "cover.text_status.paraphrase": "Los textos de las orientaciones son una paráfrasis propia de hrap, no el texto oficial.",
    "cover.text_status.official": "Los textos de las orientaciones son el texto oficial.",
    "cover.translation.machine_suggested": "La versión española de los títulos es una traducción sugerida por máquina de la paráfrasis inglesa de hrap; ningún lector de español la ha revisado todavía.",
    "cover.translation.checked": "La versión española de los títulos la revisó {checked_by}.",
    "cover.unpublished": "Borrador: este plan no está marcado como publicado; este informe no es para publicación.",
    "section.findings": "Lo esencial",
    "section.narrative": "En palabras de la ciudad",
    "narrative.note": "Estos textos son de la ciudad; todo lo demás de este informe lo calcula hrap a partir de los datos del plan.",
    "narrative.foreword": "Prólogo",
    "narrative.achievements": "Lo que logramos",
    "narrative.challenges": "Lo que nos frenó",
    "narrative.commitments": "Nuestros compromisos para el próximo año",
    "narrative.explanations": "Dónde nos retrasamos, y por qué",
    "section.measure": "Cómo medimos",
    "section.scorecard": "Cuadro de evaluación",
    "section.fields": "Avance por ámbito de actuación",
    "section.backwards": "Dónde retrocedimos",
    "section.budget": "Presupuesto",
    "section.participation": "Participación en el año",
    "section.recommendations": "Recomendaciones y respuestas",
    "section.quality": "Calidad de los datos",
    "section.methodology": "Metodología",
    "findings.headline": "{latest} ({date}); meta {target} para {target_date}; {status}, {change}.",
    "findings.headline_no_value": "aún sin valor; meta {target} para {target_date}.",
    "findings.measures": "Medidas ejecutadas: {implemented} de {total} ({more} más que un año antes).",
    "findings.indicators": "Indicadores en el año: {better} mejoraron, {worse} empeoraron, {unchanged} sin cambios, {first} con un primer valor; {stale} sin un valor nuevo este año, {none} nunca medidos.",
    "findings.new_method": "Medidos este año con una nueva definición o método, por lo que no se comparan con valores anteriores ({count}): {codes}.",
    "findings.overdue": "Medidas vencidas ({count}): {codes}.",
    "findings.backwards": "Indicadores en retroceso ({count}): {codes}.",
    "measures.summary": "{implemented} de {total} medidas ejecutadas ({share})",
    "objective.direct": "Medidas de este ámbito",
    "commitments.summary": "Medidas continuas que cumplieron todos sus compromisos en {year}: {full} de {total}{bands}.",
    "section.commitments": "Medidas continuas y sus compromisos para",
    "table.commitments": "Compromisos del año",
    "table.met": "Cumplido",
    "band.full": "todos cumplidos",
    "band.mostly": "80–99 % cumplido",
    "band.partly": "60–79 % cumplido",
    "band.behind": "menos del 60 % cumplido",
    "band.not_assessed": "sin evaluar",
    "measure.completed": "finalizada",
    "measure.completed_late": "finalizada con retraso",
    "measure.ongoing": "en curso",
    "measure.planned": "prevista",
    "measure.delayed": "retrasada",
    "measure.overdue": "vencida",
    "measure.cancelled": "cancelada",
    "measure.continuing": "continua",
    "measure.carried_over": "trasladada",
    "measure.not_concluded": "no concluida",
    "status.achieved": "alcanzado",
    "status.achieved_late": "alcanzado con retraso",
    "status.on_track": "en buen camino",
    "status.at_risk": "en riesgo",
    "status.off_track": "fuera de trayectoria",
    "status.no_data": "sin datos",
    "status.not_measurable": "no medible",
    "status.descriptive": "descriptivo",
    "status.stale": "desactualizado",
    "definition.achieved": "El último valor alcanza la meta, y un valor la alcanzó antes de la fecha meta.",
    "definition.achieved_late": "El último valor alcanza la meta, pero ninguno la alcanzó antes de la fecha meta.",
    "definition.on_track": "El avance desde la línea de base hacia la meta es al menos el 90 % de lo que una progresión lineal habría alcanzado hasta ahora.",
    "definition.at_risk": "El avance es al menos el 70 %, pero menos del 90 %, de lo que una progresión lineal habría alcanzado hasta ahora.",
    "definition.off_track": "El avance es menor del 70 % de lo que una progresión lineal habría alcanzado hasta ahora, o retrocede.",
    "definition.no_data": "No se ha registrado ningún valor en la fecha de referencia; nunca se cuenta como cero.",
    "definition.not_measurable": "El indicador tiene valores, pero no línea de base o meta con la que medir el avance.",
    "definition.descriptive": "Un recuento sin mejor ni peor (dirección: ninguna): se muestra con sus valores, sin meta que alcanzar; nunca retrocede.",
    "definition.stale": "El último valor es más antiguo que la frecuencia del indicador (un año si no se fija ninguna).",
    "definition.measure.completed": "Hecha, antes de su fecha de fin.",
    "definition.measure.completed_late": "Hecha, después de su fecha de fin.",
    "definition.measure.ongoing": "En marcha y sin pasar su fecha de fin.",
    "definition.measure.planned": "Sin empezar y sin pasar su fecha de fin.",
    "definition.measure.delayed": "Con retraso, aún sin pasar su fecha de fin.",
    "definition.measure.overdue": "Sin hacer y pasada su fecha de fin (o el plazo del plan, si no tiene).",
    "definition.measure.cancelled": "Detenida; se cuenta, pero nunca como ejecutada.",
    "definition.measure.continuing": "Un programa sin final, valorado por sus compromisos de cada año; nunca vencido.",
    "definition.measure.carried_over": "Una medida continua cuyo plan terminó y que un plan sucesor continúa.",
    "definition.measure.not_concluded": "Una medida continua cuyo plan terminó y que ningún plan sucesor continúa (todavía).",
    "measure.rule": "El estado de una medida es el de su última actualización; su plazo es su fecha de fin, o el del plan.",
    "score.rule": "El nivel de cada orientación (0–4) es la media ponderada de sus criterios; el índice es la media de las orientaciones. Los niveles de los pares son la mediana de sus valoraciones.",
    "scorecard.index": "Índice",
    "scorecard.explained": "El índice dice en qué medida el propio plan está concebido como herramienta de rendición de cuentas, según los estímulos del marco (participación, presupuesto, seguimiento, coherencia, informes); no mide la ejecución. Lo que la ciudad ha avanzado lo muestran sus medidas e indicadores.",
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
    "table.previous": "Valor anterior",
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
    "trend.unchanged": "sin cambios",
    "trend.no_data": "sin datos",
    "trend.worse": "empeoró",
    "trend.changed": "cambió",
    "trend.first_value": "primer valor",
    "trend.no_new_value": "sin valor nuevo este año",
    "trend.from": "desde {value}, {date}",
    "trend.baseline": "línea de base {value}, {date}",
    "trend.last": "último valor {date}",
    "trend.new_method": "método nuevo, sin comparar",
    "trend.old_method": "método anterior: {value}, {date}",
    "derived.measures_implemented": "las medidas completadas, contadas en cada fecha en que se informó del avance de una medida.",
    "derived.measures_on_calendar": "las medidas que cumplieron todos los compromisos de un año, contadas para cada año con compromisos registrados.",
    "ground.sex": "Sexo",
    "ground.age": "Edad",
    "ground.disability": "Discapacidad",
    "ground.ethnic_or_national_origin": "Origen étnico o nacional",
    "ground.migration_status": "Situación migratoria",
    "ground.religion": "Religión o creencias",
    "ground.sexual_orientation_gender_identity": "Orientación sexual e identidad de género",
    "ground.socio_economic_status": "Nivel socioeconómico",
    "ground.area": "Zona",
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
    "chart.new_method": "valor con un método nuevo (sin unir a los anteriores)",
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
    "methodology.retrogression": "Retroceso: el último valor del año es peor, según la dirección del indicador, que el valor registrado justo antes (para un primer valor, la línea de base), con o sin meta. Un valor medido con una nueva definición o método no se compara con los anteriores: nunca es un retroceso.",
    "methodology.trend": "En el año: el último valor de los doce meses hasta la fecha de referencia, comparado con el último valor anterior (mejoró, empeoró, sin cambios; un primer valor se muestra junto a la línea de base; un indicador sin valor en el año no tiene valor nuevo, nunca «sin cambios»; un valor medido con un método nuevo no se compara).",
    "methodology.dates": "Un valor fechado por mes o año cuenta desde el último día de ese mes o año.",
    "methodology.private": "Los valores marcados como no públicos no figuran en este informe.",
    "methodology.execution": "Tasa de ejecución = gastado ÷ asignado, en las partidas que indican ambos, fondos globales incluidos.",
    "web.site_name": "Planes de acción de derechos humanos",
    "web.language.name": "Español",
    "web.skip": "Ir al contenido",
    "web.nav.language": "Idioma",
    "web.nav.account": "Cuenta",
    "web.signed_in_as": "Sesión iniciada como",
    "web.workspace": "Espacio de trabajo",
    "web.sign_in": "Iniciar sesión",
    "web.sign_out": "Cerrar sesión",
    "web.accessibility": "Declaración de accesibilidad",
    "web.footer": "Publicado con hrap a partir de los datos registrados por la ciudad; solo se muestran valores públicos.",
    "web.plans_title": "Planes publicados",
    "web.plans_intro": "Cada plan muestra sus medidas, indicadores, presupuesto y las respuestas de la ciudad a la revisión entre pares.",
    "web.plans_none": "Todavía no hay ningún plan publicado.",
    "web.derived": "hrap calcula los valores de este indicador a partir de los datos del plan; nadie los teclea:",
    "web.no_data": "sin datos",
    "web.last_report": "Último informe publicado",
    "web.none_yet": "ninguno todavía",
    "web.section_measures": "Medidas por estado",
    "web.measures_by_status": "Medidas por estado: número y proporción",
    "web.reports": "Informes y datos abiertos",
    "web.reports_intro": "Cada informe anual en cada formato e idioma, y los datos abiertos correspondientes, archivo por archivo.",
    "web.report_files": "Archivos del informe",
    "web.language": "Idioma",
    "web.files": "Archivos",
    "web.open_data": "Datos abiertos",
    "web.filter_title": "Mostrar solo",
    "web.filter_all": "Todos",
    "web.filter.field": "Ámbito de acción",
    "web.filter.status": "Estado",
    "web.filter.lead": "Unidad responsable",
    "web.filter.group": "Grupo de titulares de derechos",
    "web.filter.shown": "Se muestran {shown} de {total} medidas ({share}).",
    "web.indicators_of": "Indicadores del objetivo",
    "web.measures_of": "Medidas del objetivo",
    "web.direction": "Mejor cuando el valor",
    "web.direction.increase": "sube",
    "web.direction.decrease": "baja",
    "web.direction.maintain": "se mantiene en la meta",
    "web.direction.none": "ni mejor ni peor",
    "web.unit": "Unidad",
    "web.source": "Fuente",
    "web.note": "Nota",
    "web.tab_chart": "Gráfico",
    "web.tab_table": "Valores e historial",
    "web.download_csv": "Descargar los valores (CSV)",
    "web.no_chart": "Sin gráfico: este indicador aún no tiene valores numéricos.",
    "web.history": "Valores e historial",
    "web.history_intro": "Cada valor público con su fecha; un valor corregido sigue en la lista, marcado como sustituido.",
    "web.version": "Versión",
    "web.recorded": "Registrado",
    "web.current": "vigente",
    "web.correction": "vigente (corrige un valor anterior)",
    "web.superseded": "sustituido por una corrección",
    "web.total": "total",
    "web.evidence": "evidencia",
    "web.meaning": "Significado",
    "web.objective": "Objetivo",
    "web.partners": "Unidades asociadas",
    "web.timeline": "Historial del estado",
    "web.no_updates": "Todavía no se ha publicado ninguna actualización.",
    "web.funding": "Financiación",
    "web.indicators": "Indicadores",
    "web.action_status.planned": "prevista",
    "web.action_status.ongoing": "en curso",
    "web.action_status.completed": "completada",
    "web.action_status.delayed": "retrasada",
    "web.action_status.cancelled": "cancelada",
    "web.a11y_state_title": "Conformidad",
    "web.a11y_state": "Estas páginas buscan cumplir las WCAG 2.1 nivel AA; cumplen parcialmente por las carencias indicadas abajo.",
    "web.a11y_checked_title": "Cómo lo comprobamos",
    "web.a11y_checked": "Cada versión se comprueba con la herramienta automática axe-core en un navegador, en anchura de escritorio y de teléfono, y a mano con el teclado. Aún no se ha hecho ninguna prueba con usuarios de tecnologías de apoyo.",
    "web.a11y_gaps_title": "Carencias conocidas",
    "web.a11y_gap_charts": "Los gráficos son imágenes con descripción y tabla de datos; la tabla es la versión accesible.",
    "web.a11y_gap_content": "Los textos introducidos por la ciudad (títulos, notas) se muestran tal cual, en el idioma del plan, y pueden no estar en lenguaje sencillo.",
    "web.a11y_gap_errors": "Los mensajes de error de los formularios sobre valores concretos solo están en inglés.",
    "web.a11y_contact_title": "Comentarios y contacto",
    "web.a11y_contact": "Si encuentra una barrera en estas páginas, díganoslo:",
    "web.error_status": "Código de error",
    "web.error.not_found.title": "Página no encontrada",
    "web.error.not_found.advice": "No hay ninguna página publicada en esta dirección. Compruebe la dirección o empiece por la lista de planes publicados.",
    "web.error.method.title": "Esta página no se puede usar así",
    "web.error.method.advice": "Use los enlaces y formularios del sitio.",
    "web.error.bad_request.title": "No se pudo leer la solicitud",
    "web.error.bad_request.advice": "Vuelva atrás, recargue el formulario y envíelo de nuevo.",
    "web.error.too_many.title": "Demasiados inicios de sesión fallidos",
    "web.error.too_many.advice": "No se ha guardado nada. Se han probado demasiadas contraseñas o tokens erróneos desde aquí o para esta cuenta en un minuto. Podrá volver a intentarlo dentro de {seconds} segundos.",
    "web.error.busy.title": "La base de datos está ocupada",
    "web.error.busy.advice": "No se ha guardado nada. Se estaba escribiendo otro cambio al mismo tiempo; vuelva a enviar el formulario en un momento.",
    "web.error.conflict.title": "Esto ya se ha cambiado o decidido",
    "web.error.conflict.advice": "No se ha guardado nada. Otra persona lo ha cambiado o decidido desde que abrió la página; recárguela, compruébelo y vuelva a intentarlo.",
    "web.error.session.title": "Su sesión ha terminado",
    "web.error.session.advice": "No se ha guardado nada. Inicie sesión de nuevo y vuelva a enviar el formulario.",
    "web.error.csrf.title": "El formulario ha caducado",
    "web.error.csrf.advice": "No se ha guardado nada. Vuelva a abrir el formulario desde el sitio y envíelo desde allí.",
    "web.error.read_only.title": "Los cambios están desactivados",
    "web.error.read_only.advice": "Este servidor solo muestra datos. No se ha guardado nada; consulte a su administrador.",
    "web.error.forbidden.title": "No tiene permiso para esto",
    "web.error.forbidden.advice": "No se ha guardado nada. Su acceso no cubre este plan o ronda; consulte a la coordinación del plan.",
    "web.error.internal.title": "Algo ha fallado por nuestra parte",
    "web.error.internal.advice": "Vuelva a intentarlo más tarde. Si vuelve a ocurrir, avise al contacto del sitio.",
    "web.error.form": "No se pudo leer el contenido del formulario.",
    "web.error.query": "No se pudieron leer los parámetros de la dirección.",
    "web.sign_in_intro": "Inicie sesión con su nombre de usuario y su contraseña. La sesión termina al cerrar sesión, tras dos horas sin uso o tras doce horas.",
    "web.sign_in.refused": "Este token no se acepta: es desconocido, está revocado o ha caducado.",
    "web.token": "Token de acceso",
    "web.token_hint": "Empieza por hrap_.",
    "web.form_problem": "Hay un problema",
    "web.your_plans": "Sus planes",
    "web.your_rounds": "Sus rondas de revisión",
    "web.no_rounds": "No está invitado/a a ninguna ronda de revisión abierta.",
    "web.published": "publicado",
    "web.not_published": "no publicado",
    "web.record_measurement": "Registrar un valor de indicador",
    "web.record_update": "Registrar el avance de una medida",
    "web.upload": "Subir una hoja de cálculo (CSV)",
    "web.manage": "Publicación y aprobaciones",
    "web.public_page": "Página pública",
    "web.required": "obligatorio",
    "web.form_nothing_saved": "No se ha guardado nada. Corrija los campos de abajo y vuelva a enviar el formulario.",
    "web.form.indicator": "Indicador",
    "web.form.action": "Medida",
    "web.form.date": "Fecha",
    "web.form.date_hint": "La fecha de referencia, o el último día del período que cubre el valor.",
    "web.form.value": "Valor",
    "web.form.value_hint": "Un número, escrito como en este idioma (por ejemplo 12,5); sí/no: yes o no.",
    "web.form.group": "Grupo",
    "web.form.group_hint": "Vacío para el total; si no, pares criterio=valor separados por comas, por ejemplo sex=female, age=0-17 (como en las hojas de cálculo y en la línea de comandos).",
    "web.form.source": "Fuente",
    "web.form.note": "Nota",
    "web.form.evidence_url": "Enlace a la evidencia",
    "web.form.url_hint": "Una dirección que empiece por https://",
    "web.form.public": "Mostrar en las páginas públicas y en los datos abiertos",
    "web.form.public_hint": "Desmarque para mantenerlo interno, por ejemplo un recuento tan pequeño que permitiría identificar a personas.",
    "web.form.new_method": "Nueva definición o método de medición",
    "web.form.new_method_hint": "Márquelo si este valor se mide de otra forma que los anteriores (un cuestionario nuevo, una definición cambiada): no se compara con ellos y nunca aparece como un retroceso.",
    "web.form.status": "Estado en esa fecha",
    "web.form.percent": "Porcentaje completado",
    "web.form.percent_hint": "Un número entero de 0 a 100; puede quedar vacío.",
    "web.form.narrative": "Qué ocurrió",
    "web.form.evidence_urls": "Enlaces a evidencias",
    "web.form.urls_hint": "Una dirección por línea, cada una empezando por https://",
    "web.form.save": "Guardar",
    "web.form.import": "Importar",
    "web.form.measurement_intro": "Un valor para el mismo indicador, fecha y grupo corrige el anterior; ambos quedan en el historial.",
    "web.form.update_intro": "Una actualización para la misma medida y fecha corrige la anterior; ambas quedan en el historial.",
    "web.form.upload_intro": "El archivo se comprueba entero: si alguna fila es incorrecta, no se importa nada y se enumeran todas las filas incorrectas. Use las columnas que escribe «hrap export-csv».",
    "web.form.sheet_kind": "Contenido del archivo",
    "web.form.sheet_measurements": "Valores de indicadores",
    "web.form.sheet_progress": "Avance de las medidas",
    "web.form.file": "Archivo CSV",
    "web.form.file_hint": "UTF-8, separado por comas o puntos y comas, con fila de cabecera.",
    "web.form.file_missing": "elija un archivo",
    "web.form.choose": "elija una de las opciones",
    "web.form.more_problems": "… y {count} problemas más.",
    "web.saved.measurement": "Guardado: el valor del indicador {indicator} a {date}. Véalo en",
    "web.saved.update": "Guardado: el avance de la medida {action} a {date}. Véalo en",
    "web.saved.unchanged": "Nada ha cambiado: ya estaba registrado. Véalo en",
    "web.saved.upload": "{file} importado: {rows} filas, {inserted} nuevas, {corrected} correcciones, {unchanged} sin cambios.",
    "web.manage.publication": "Publicación",
    "web.manage.is_published": "Este plan está publicado: la ciudadanía lo ve con sus valores públicos.",
    "web.manage.is_not_published": "Este plan no está publicado: no aparece en ninguna página pública.",
    "web.manage.publish": "Publicar este plan",
    "web.manage.withdraw": "Retirarlo de las páginas públicas",
    "web.manage.now_published": "El plan ya está publicado.",
    "web.manage.now_withdrawn": "El plan se ha retirado de las páginas públicas.",
    "web.manage.changed": "No se ha cambiado nada: otra persona modificó el plan desde que abrió esta página. Compruebe su estado abajo e inténtelo de nuevo.",
    "web.review.title": "Hoja de valoración",
    "web.review.intro": "Valore los estímulos que pueda juzgar; deje vacíos los demás. Las valoraciones de otras personas quedan ocultas hasta cerrar la ronda. Marco:",
    "web.review.level": "nivel",
    "web.review.not_assessable": "O bien: por qué no se puede valorar",
    "web.review.rationale": "Justificación: lo que observó",
    "web.review.evidence": "Evidencias",
    "web.review.evidence_hint": "Una por línea: document:TÍTULO <URL o p. N>, measurement:INDICADOR@FECHA, update:MEDIDA@FECHA o report:CÓDIGO.",
    "web.review.save": "Guardar borrador",
    "web.review.submit": "Guardar y enviar",
    "web.review.nothing": "Valore al menos un estímulo.",
    "web.review.saved": "{count} valoraciones guardadas en su borrador.",
    "web.review.submitted": "Su hoja se ha enviado (número {number}).",
    "web.review.not_submitted": "Todavía no se ha enviado:",
    "web.approval": "Aprobación antes de la publicación",
    "web.approval.required": "Los valores de indicadores y las actualizaciones que registra el personal esperan aquí la aprobación de otra persona del gobierno o de un administrador; hasta entonces no cuentan en ninguna cifra ni aparecen en ninguna página. Solo un administrador cambia este ajuste.",
    "web.approval.not_required": "Este plan no exige aprobación: lo registrado cuenta en cuanto se guarda. Un administrador puede exigirla (hrap plan update --code … --requires-approval true, o la API).",
    "web.approval.queue": "Pendiente de aprobación",
    "web.approval.none": "Nada espera aprobación.",
    "web.approval.own": "Usted lo envió: decide otra persona o un administrador.",
    "web.approval.approve": "Aprobar",
    "web.approval.reject": "Rechazar",
    "web.approval.reason": "Motivo (obligatorio para rechazar)",
    "web.approval.reason_required": "Indique por qué lo rechaza: quien lo envió verá el motivo.",
    "web.approval.reason_too_long": "El motivo es demasiado largo: {max} caracteres como máximo.",
    "web.approval.decided_heading": "Últimas decisiones",
    "web.approval.approved": "aprobado",
    "web.approval.rejected": "rechazado (queda en el historial, no cuenta en ninguna parte)",
    "web.approval.submitted": "enviado por {who} el {date}",
    "web.approval.decided": "decidido por {who} el {date}",
    "web.approval.kind.measurement": "Valor de indicador",
    "web.approval.kind.progress_update": "Actualización",
    "web.approval.now_approved": "Aprobado: {what} ya cuenta y aparece en las páginas públicas.",
    "web.approval.now_rejected": "Rechazado: {what} queda en el historial con su motivo y no cuenta en ninguna parte.",
    "web.approval.already_decided": "Nada cambió: alguien ya decidió sobre esta entrada. La decisión figura abajo.",
    "web.saved.pending": "Guardado para aprobación: {indicator}, {date} aparecerá en las páginas públicas una vez aprobado.",
    "web.error.approval.title": "Las entradas de este plan requieren aprobación",
    "web.error.approval.advice": "No se guardó nada. Registre los valores uno a uno con los formularios para que se aprueben, o pida a un administrador que importe el archivo.",
    "web.sign_in.refused_password": "El nombre de usuario o la contraseña no son correctos, o la cuenta no está activa. Compruebe ambos y vuelva a intentarlo.",
    "web.sign_in.password_set": "Su contraseña está guardada. Inicie sesión con ella ahora.",
    "web.username": "Nombre de usuario",
    "web.password": "Contraseña",
    "web.sign_in_token": "Iniciar sesión con un token de acceso",
    "web.sign_in_token_intro": "Para administradores y para el periodo anterior a las cuentas: pegue un token de API creado por un administrador con hrap token create.",
    "web.account": "Su cuenta",
    "web.people": "Personas",
    "web.welcome": "Bienvenida: elija su contraseña",
    "web.welcome_reset": "Elija una nueva contraseña",
    "web.welcome_intro": "Este enlace le permite definir la contraseña de",
    "web.new_password": "Nueva contraseña",
    "web.repeat_password": "La nueva contraseña otra vez",
    "web.set_password": "Guardar la contraseña",
    "web.password.rules": "Al menos {minimum} caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar; no se exigen caracteres especiales y no se le pedirá cambiarla periódicamente.",
    "web.password.mismatch": "Las dos contraseñas nuevas son distintas; escriba dos veces la misma.",
    "web.problem.password_too_short": "al menos {minimum} caracteres",
    "web.problem.password_too_long": "como máximo {maximum} caracteres",
    "web.problem.password_common": "una contraseña muy común; elija otra",
    "web.problem.password_contains_name": "contiene su nombre, su nombre de usuario o el del servicio; elija una sin ellos",
    "web.problem.password_repetitive": "un solo carácter repetido; elija otra",
    "web.problem.current.invalid_value": "no es su contraseña actual",
    "web.problem.username.invalid_value": "de 3 a 100 letras, cifras y . _ - @ + (sirve una dirección de correo)",
    "web.problem.display_name.required": "un nombre de 1 a 100 caracteres",
    "web.problem.grants.required": "al menos un rol",
    "web.problem.grants.not_allowed": "como máximo una identidad de evaluador",
    "web.problem.admin.not_allowed": "no puede quitarse su propio rol de administrador",
    "web.problem.state.not_allowed": "no puede desactivar su propia cuenta",
    "web.problem.name.invalid_value": "un nombre de 1 a 60 caracteres en una línea",
    "web.problem.grant.not_allowed": "más de lo que permiten sus propios derechos",
    "web.problem.duplicate": "este nombre ya está en uso",
    "web.problem.date": "Caduca: una fecha como 2026-12-31, o vacío",
    "web.account.sessions_ended": "Sesiones terminadas: {count}.",
    "web.account.password_changed": "Su contraseña ha cambiado.",
    "web.account.token_grant": "Elija uno de los roles ofrecidos para el token.",
    "web.account.token_revoked": "El token {name} está revocado.",
    "web.role.viewer": "Lector",
    "web.role.reviewer": "Evaluador",
    "web.role.officer": "Técnico",
    "web.role.admin": "Administrador",
    "web.token_state.active": "activo",
    "web.token_state.expired": "caducado",
    "web.token_state.revoked": "revocado",
    "web.account_state.invited": "invitado (aún sin contraseña)",
    "web.account_state.active": "activo",
    "web.account_state.disabled": "desactivado",
    "web.roles": "Roles",
    "web.account_sessions": "Dónde ha iniciado sesión",
    "web.account_client": "Dirección y navegador",
    "web.account_began": "Inicio",
    "web.account_last_seen": "Último uso",
    "web.account_end": "Terminar",
    "web.account_this_session": "este navegador",
    "web.account_end_all": "Cerrar sesión en todas partes",
    "web.account_password": "Cambiar su contraseña",
    "web.account_current_password": "Contraseña actual",
    "web.account_change_password": "Cambiar la contraseña",
    "web.account_tokens": "Sus tokens para programas",
    "web.account_tokens_intro": "Un token permite que un script o una hoja de cálculo use la API en su nombre, con como mucho sus derechos. Solo funciona mientras su cuenta esté activa; revóquelo cuando ya no lo necesite.",
    "web.account_token_name": "Nombre del token",
    "web.account_token_expires": "Último día válido",
    "web.account_token_expires_hint": "Una fecha como 2027-06-30; vacío: hasta que se revoque.",
    "web.account_token_state": "Estado",
    "web.account_revoke": "Revocar",
    "web.account_create_token": "Crear un token",
    "web.account_token_created": "Su nuevo token, mostrado solo esta vez: cópielo ahora en su programa.",
    "web.people_link_intro": "Entregue este enlace de un solo uso a",
    "web.people_link_expires": "válido hasta",
    "web.people_name": "Nombre",
    "web.people_state": "Estado",
    "web.people_invite": "Invitar a una persona",
    "web.people_invite_intro": "La persona recibe una cuenta sin contraseña y un enlace, válido siete días y de un solo uso, donde elige su contraseña. El enlace se muestra aquí una vez; entréguelo por un canal de confianza.",
    "web.people_username_hint": "Lo que la persona escribe para iniciar sesión, a menudo su correo.",
    "web.people_grants_hint": "Uno por línea: officer:GOBIERNO, reviewer:IDENTIDAD, viewer, viewer:GOBIERNO (también sus borradores) o admin. Gobiernos:",
    "web.people_sessions": "Sesiones en uso",
    "web.people_tokens": "Tokens",
    "web.people_owner": "Titular",
    "web.people_edit": "Nombre y roles",
    "web.people_access": "Acceso",
    "web.people_reset": "Crear un enlace de nueva contraseña",
    "web.people_enable": "Activar la cuenta",
    "web.people_disable": "Desactivar la cuenta",
    "web.people_no_sessions": "Sin sesiones abiertas.",
    "web.people_audit": "Qué ha cambiado",
    "web.people.duplicate": "Nombre de usuario: ya existe una cuenta con ese nombre.",
    "web.people.saved": "Guardado.",
    "web.people.disabled": "La cuenta está desactivada; sus sesiones han terminado y sus tokens ya no funcionan.",
    "web.people.enabled": "La cuenta vuelve a estar activa.",
    "web.people.sessions_ended": "Las sesiones de la persona han terminado.",
    "web.people.bad_grant": "Roles, línea {line}: «{text}» no es un rol; escriba officer:GOBIERNO, reviewer:IDENTIDAD, viewer, viewer:GOBIERNO o admin.",
    "web.people.field.username": "Nombre de usuario",
    "web.people.field.display_name": "Nombre",
    "web.people.field.grants": "Roles",
    "web.people.field.admin": "Roles",
    "web.people.field.state": "Cuenta",
    "web.error.proxy.title": "Esta cabecera de inicio de sesión no se acepta desde aquí",
    "web.error.proxy.advice": "No se ha leído ni guardado nada. El inicio de sesión único solo funciona a través del proxy de la ciudad; use la dirección habitual del sitio.",
    "web.error.no_account.title": "No tiene una cuenta activa aquí",
    "web.error.no_account.advice": "Su inicio de sesión funcionó, pero hrap no tiene una cuenta activa para usted. Pida a un administrador que le invite o le reactive.",
    "web.error.link.title": "Este enlace no se puede usar",
    "web.error.link.advice": "Ya se usó, fue sustituido por otro más reciente o tiene más de siete días. Pida un enlace nuevo a su administrador.",
    "web.problem.too_long": "como máximo {limit} caracteres ({given} escritos)",
    "web.problem.required": "obligatorio: rellénelo",
    "web.problem.invalid_value": "este valor no se puede leer; vea la ayuda sobre el campo",
    "web.problem.out_of_range": "fuera de lo que permite este campo; vea la ayuda sobre el campo",
    "web.problem.unknown_reference": "no pertenece al plan; elija de la lista",
    "web.problem.history_conflict": "ya hay una versión posterior registrada; compruebe la fecha",
    "web.problem.inconsistent": "contradice otro campo de este formulario",
    "web.problem.not_allowed": "no permitido aquí",
    "web.problem.malformed": "no se puede leer",
    "web.problem.unknown_name": "nombre desconocido",
    "web.problem.date.invalid_value": "una fecha como 2025-12-31 (año, mes, día)",
    "web.problem.value.invalid_value": "un número escrito como en este idioma (12,5), o sí o no para un indicador de sí/no",
    "web.problem.percent_complete.invalid_value": "un número entero de 0 a 100",
    "web.problem.percent_complete.out_of_range": "un número entero de 0 a 100",
    "web.problem.evidence_url.invalid_value": "una dirección que empiece por https://",
    "web.problem.evidence_urls.invalid_value": "una dirección por línea, cada una empezando por https://",
    "web.problem.group.invalid_value": "escriba cada grupo como criterio=valor, por ejemplo sex=female",
    "web.plan_edit": "Editar el plan",
    "web.plan_edit_intro": "Cada parte del plan, con cuántos registros tiene. Cada cambio se comprueba como en un archivo de plan, nunca sobrescribe un cambio más reciente de otra persona y queda en el historial.",
    "web.edit_plan_link": "Editar el plan",
    "web.section.org_units": "Unidades",
    "web.section.standards": "Normas",
    "web.section.fields": "Ámbitos de actuación",
    "web.section.objectives": "Objetivos",
    "web.section.actions": "Medidas",
    "web.section.indicators": "Indicadores",
    "web.section.budget_lines": "Partidas presupuestarias",
    "web.section.participation_events": "Actos de participación",
    "web.section.bodies": "Órganos",
    "web.section.reports": "Informes",
    "web.section.evaluations": "Evaluaciones",
    "web.section.not_applicable": "Marcas de «no aplicable»",
    "web.record.saved": "Guardado: {what} {label}.",
    "web.record.retired": "Retirado: {what} {label}. Su última versión queda en el historial.",
    "web.record.retire_refused": "Este registro no puede retirarse mientras otros lo mencionen. Cambie o retire primero estos:",
    "web.record.retire_stale": "Alguien cambió este registro después de que usted lo abriera. Mire la versión actual abajo y retírelo de nuevo si todavía lo desea.",
    "web.record.retire": "Retirar este registro",
    "web.record.retire_intro": "Retirar quita el registro del plan y de sus páginas públicas. No se pierde nada: sus versiones quedan en el historial y en el registro de auditoría. Un registro que otros mencionan (objetivos de un ámbito, valores de un indicador, medidas de una unidad) no puede retirarse.",
    "web.record.retire_button": "Retirarlo",
    "web.record.retired_list": "Registros retirados",
    "web.record.retired_intro": "Ya no forman parte del plan; sus últimas versiones quedan en el registro de auditoría. Añada un registro con el mismo código para recuperar uno.",
    "web.record.retired_by": "retirado por",
    "web.record.duplicate": "Ya existe un registro con esta identidad; ábralo desde la lista para cambiarlo.",
    "web.record.new": "Nuevo: {what}",
    "web.record.one_per_line": "Uno por línea.",
    "web.record.json": "Escrito en JSON, como en el archivo del plan.",
    "web.record.date_hint": "Un día (2025-12-31), un mes (2025-12) o un año (2025).",
    "web.record.day_hint": "Un día, como 2025-12-31.",
    "web.record.add": "Añadir un registro",
    "web.record.filter": "Mostrar los que contienen en el código o el título",
    "web.record.filter_button": "Filtrar",
    "web.record.count": "Registros:",
    "web.record.none": "Ninguno todavía.",
    "web.record.pages": "Páginas",
    "web.record.previous": "Página anterior",
    "web.record.next": "Página siguiente",
    "web.record.history": "Historial",
    "web.record.conflict": "Alguien lo ha cambiado desde que lo abrió",
    "web.record.conflict_intro": "No se ha guardado nada. Ahora está guardada su versión; la suya se conserva en el formulario de abajo. Compare, ajuste y vuelva a guardar.",
    "web.record.field": "Campo",
    "web.record.theirs": "Guardado ahora",
    "web.record.yours": "El suyo",
    "web.plan_new": "Empezar un plan nuevo",
    "web.plan_new_intro": "Empiece de cero, con la estructura de un plan existente o con un archivo de plan. El plan nuevo es un borrador hasta que lo publique.",
    "web.plan_new_empty": "Un plan vacío",
    "web.plan_new_create": "Crear el plan",
    "web.plan_new_copy": "Una copia de la estructura de otro plan",
    "web.plan_new_copy_intro": "Copia las unidades, normas, ámbitos, objetivos, medidas (como previstas, continuando las del otro plan) e indicadores; sin valores, actualizaciones, presupuesto, actos, informes ni revisiones.",
    "web.plan_new_copy_button": "Copiar la estructura",
    "web.plan_new_upload": "Desde un archivo de plan",
    "web.plan_new.source": "El plan que se copia",
    "web.plan_new.file": "Archivo de plan (JSON)",
    "web.plan_new.file_hint": "Un archivo como lo escribe hrap export; todo o nada, con cada problema listado.",
    "web.plan_new.created": "El plan {code} está guardado. Añada sus partes abajo.",
    "web.plan_settings": "Los datos del plan",
    "web.government": "Gobierno local",
    "web.government_new": "Añadir un gobierno (una ciudad, región o provincia que llevará aquí sus planes)",
    "web.plan_check": "Comprobar antes de publicar",
    "web.check_intro": "Lo que señalarían la sección de calidad de datos del informe anual y la puntuación, con un enlace a cada registro que corregir; a fecha de",
    "web.check_quality": "Calidad de los datos",
    "web.check_score": "La puntuación",
    "web.check_score_none": "Ningún criterio señala un registro que corregir.",
    "web.check_score_intro": "Criterios por debajo del nivel más alto, con los registros que los frenan:",
    "web.check_level": "nivel",
    "web.section.narratives": "Las palabras de la ciudad para cada año de informe",
    "web.section.commitments": "Compromisos anuales de las medidas continuas",
    "web.todo": "Pendiente",
    "web.todo_none": "No vence nada en los próximos 30 días.",
    "web.todo.value": "Registrar un valor de",
    "web.todo.update": "Informar sobre la medida",
    "web.todo.no_unit": "sin unidad responsable",
    "web.todo.overdue": "con {days} días de retraso",
    "web.todo.due": "vence el {date}",
    "web.rounds": "Rondas de revisión",
    "web.rounds_intro": "Autoevaluaciones y evaluaciones entre pares del plan según un marco de recomendaciones. Mientras una ronda ciega esté abierta, ve quién ha enviado, nunca qué.",
    "web.rounds.state.open": "abierta",
    "web.rounds.state.in_review": "en revisión",
    "web.rounds.state.finalised": "finalizada",
    "web.rounds.submitted": "enviada el {date}",
    "web.rounds.not_started": "sin empezar",
    "web.rounds.draft": "un borrador, sin enviar",
    "web.rounds.code": "Código de la ronda",
    "web.rounds.title": "Título",
    "web.rounds.kind": "Tipo",
    "web.rounds.kind.self": "autoevaluación",
    "web.rounds.kind.peer": "evaluación entre pares",
    "web.rounds.framework": "Marco",
    "web.rounds.as_of": "Fecha de referencia",
    "web.rounds.blind": "Ciega: los evaluadores ven las valoraciones de los demás solo tras enviar las suyas",
    "web.rounds_reviewers": "Evaluadores",
    "web.rounds_no_reviewers": "Aún no hay evaluadores invitados.",
    "web.rounds_invite": "Invitar a un evaluador",
    "web.rounds_close": "Finalizar la ronda",
    "web.rounds_reopen": "Reabrir como nueva versión",
    "web.rounds_recommendations": "Recomendaciones",
    "web.rounds_no_recommendations": "Ninguna todavía.",
    "web.rounds_recommend": "Añadir una recomendación del panel",
    "web.rounds_none": "Aún no hay rondas.",
    "web.rounds_respond": "Responder a una recomendación",
    "web.rounds_respond_intro": "Indique la recomendación como RONDA/CÓDIGO, como arriba; una respuesta posterior sustituye a la anterior, que queda en el historial.",
    "web.rounds_open": "Abrir una ronda",
    "web.rounds.opened": "La ronda está abierta; invite a sus evaluadores.",
    "web.rounds.invited": "El evaluador está invitado.",
    "web.rounds.recommended": "La recomendación está registrada.",
    "web.rounds.responded": "La respuesta de la ciudad está registrada.",
    "web.rounds.closed": "La ronda está finalizada.",
    "web.rounds.reopened": "La ronda está abierta de nuevo como nueva versión.",
    "web.check_snapshots": "Instantáneas de la puntuación",
    "web.check_snapshots_intro": "Una instantánea guarda la puntuación de hoy; el próximo informe anual se compara con la última guardada antes de su fecha de referencia.",
    "web.check_index": "índice",
    "web.check_save_snapshot": "Guardar la puntuación de hoy",
    "web.check.snapshot_saved": "La puntuación de hoy está guardada.",
    "web.publish": "Publicar el informe anual",
    "web.publish_intro": "Publicar congela el informe y el resumen del año en cada idioma, con su paquete de datos abiertos, tal como los ve ahora cualquier visitante. Después quedan exactamente así; un informe publicado puede retirarse con un motivo, que sigue visible.",
    "web.publish_year": "Año",
    "web.publish_button": "Publicar el informe",
    "web.publish_published": "publicado",
    "web.publish_withdrawn_on": "retirado",
    "web.publish_reason": "Motivo de la retirada",
    "web.publish_withdraw": "Retirar este informe",
    "web.publish_list": "Informes publicados",
    "web.publish_live": "Informes calculados con los datos de hoy",
    "web.publish.done": "El informe de {year} está publicado.",
    "web.publish.unpublished_plan": "Publique primero el plan: un informe se publica tal como los visitantes ven el plan.",
    "web.publish.already": "El informe de {year} ya está publicado; retírelo primero, con un motivo.",
    "web.publish.withdrawn": "El informe de {year} está retirado; la retirada y su motivo siguen visibles.",
    "web.publish.reason_required": "No se ha retirado nada: indique por qué se retira el informe.",
    "record.field.code": "Código",
    "record.field.title": "Título",
    "record.field.title_translations": "Título en otros idiomas",
    "record.field.description": "Descripción",
    "record.field.standards": "Normas citadas",
    "record.objective.code": "Código",
    "record.objective.title": "Título",
    "record.objective.title_translations": "Título en otros idiomas",
    "record.objective.standards": "Normas citadas",
    "record.action.code": "Código",
    "record.action.title": "Título",
    "record.action.title_translations": "Título en otros idiomas",
    "record.action.description": "Descripción",
    "record.action.standards": "Normas citadas",
    "record.action.external_id": "Identificador en otro sistema",
    "record.indicator.code": "Código",
    "record.indicator.standards": "Normas citadas",
    "record.indicator.external_id": "Identificador en otro sistema",
    "record.objective.field": "Ámbito de actuación",
    "record.objective.rationale": "Por qué este objetivo",
    "record.objective.rights_holder_groups": "Grupos de titulares de derechos",
    "record.action.objective": "Objetivo",
    "record.action.field": "Ámbito (medida sin objetivo)",
    "record.action.lead_unit": "Unidad responsable",
    "record.action.partner_units": "Unidades asociadas",
    "record.action.start_date": "Inicio",
    "record.action.end_date": "Fin",
    "record.action.status": "Estado",
    "record.action.competence": "Competencia",
    "record.action.hrba": "Enfoque basado en derechos humanos (principios PANEL)",
    "record.action.continuing": "Medida continua (de año en año)",
    "record.action.not_a_measure": "No es una medida (por qué)",
    "record.action.continues": "Continúa la medida del plan anterior",
    "record.indicator.objective": "Objetivo",
    "record.indicator.action": "Medida",
    "record.indicator.name": "Nombre",
    "record.indicator.name_translations": "Nombre en otros idiomas",
    "record.indicator.type": "Tipo (estructura, proceso, resultado)",
    "record.indicator.value_type": "Tipo de valor",
    "record.indicator.unit": "Unidad",
    "record.indicator.direction": "Qué sentido es mejor",
    "record.indicator.derived": "Calculado por hrap a partir de",
    "record.indicator.baseline_value": "Valor de referencia",
    "record.indicator.baseline_date": "Fecha de referencia",
    "record.indicator.target_value": "Valor meta",
    "record.indicator.target_date": "Fecha meta",
    "record.indicator.target_text": "Meta en palabras",
    "record.indicator.milestones": "Hitos",
    "record.indicator.data_source": "Fuente de los datos",
    "record.indicator.frequency_months": "Meses entre valores",
    "record.indicator.one_off": "Medido una sola vez",
    "record.indicator.disaggregation": "Desglosado por",
    "record.indicator.note": "Nota",
    "record.budget_line.action": "Medida",
    "record.budget_line.field": "Ámbito de actuación",
    "record.budget_line.fiscal_year": "Ejercicio",
    "record.budget_line.planned": "Previsto",
    "record.budget_line.allocated": "Asignado",
    "record.budget_line.spent": "Gastado",
    "record.budget_line.currency": "Moneda",
    "record.budget_line.funding_source": "Fuente de financiación",
    "record.budget_line.budget_code": "Partida presupuestaria",
    "record.budget_line.external_id": "Identificador en otro sistema",
    "record.budget_line.note": "Nota",
    "record.org_unit.code": "Código",
    "record.org_unit.name": "Nombre",
    "record.org_unit.kind": "Tipo",
    "record.org_unit.parent": "Depende de",
    "web.review.recommend": "Añadir su propia recomendación",
    "web.review.recommend_intro": "Una recomendación lleva su nombre; la ciudad la responde en su página de rondas. Escriba una por cada recomendación del marco que quiera ver aplicada.",
    "record.plan.code": "Código",
    "record.plan.government": "Gobierno",
    "record.plan.title": "Título",
    "record.plan.title_translations": "Título en otros idiomas",
    "record.plan.kind": "Tipo de plan",
    "record.plan.theme": "Tema",
    "record.plan.period_start": "Inicio del periodo del plan",
    "record.plan.period_end": "Fin del periodo del plan",
    "record.plan.review_date": "Fecha de revisión",
    "record.plan.status": "Estado",
    "record.plan.adopted_by": "Aprobado por",
    "record.plan.adoption_date": "Fecha de aprobación",
    "record.plan.legal_basis": "Base jurídica",
    "record.plan.legal_basis_url": "Enlace a la base jurídica",
    "record.plan.predecessor": "Plan anterior",
    "record.plan.predecessor_title": "Título del plan anterior",
    "record.plan.predecessor_url": "Enlace al plan anterior",
    "record.plan.coordinating_body": "Órgano de coordinación",
    "record.plan.reporting_interval_months": "Meses entre informes de avance",
    "record.plan.documents": "Documentos",
    "record.plan.language": "Idioma del plan",
    "record.plan.note": "Nota",
    "record.participation_event.code": "Código",
    "record.participation_event.title": "Título",
    "record.participation_event.date": "Fecha",
    "record.participation_event.end_date": "Último día",
    "record.participation_event.phase": "Fase del ciclo",
    "record.participation_event.format": "Formato",
    "record.participation_event.stakeholder_groups": "Grupos participantes",
    "record.participation_event.participants": "Participantes",
    "record.participation_event.accessibility": "Medidas de accesibilidad",
    "record.participation_event.feedback_url": "Enlace a la respuesta dada",
    "record.body.code": "Código",
    "record.body.name": "Nombre",
    "record.body.role": "Función",
    "record.body.also_roles": "Otras funciones",
    "record.body.co_decision": "Codecide con la ciudad",
    "record.body.internal_members": "Miembros de la administración",
    "record.body.external_members": "Miembros externos",
    "record.body.meetings": "Reuniones",
    "record.report.code": "Código",
    "record.report.title": "Título",
    "record.report.date": "Fecha",
    "record.report.period_end": "Fin del periodo cubierto",
    "record.report.type": "Tipo de informe",
    "record.report.url": "Enlace",
    "record.report.presented_to_council": "Presentado al pleno",
    "record.report.audiences": "Presentado a",
    "record.report.languages": "Idiomas",
    "record.report.easy_read": "Versión de lectura fácil",
    "record.evaluation.code": "Código",
    "record.evaluation.title": "Título",
    "record.evaluation.stage": "Etapa",
    "record.evaluation.evaluator": "Evaluador",
    "record.evaluation.date": "Fecha",
    "record.evaluation.url": "Enlace",
    "record.evaluation.recommendations": "Recomendaciones",
    "record.evaluation.of_predecessor": "Evalúa el plan anterior",
    "record.not_applicable.framework": "Marco",
    "record.not_applicable.encouragement": "Recomendación",
    "record.not_applicable.criterion": "Criterio",
    "record.not_applicable.reason": "Por qué no se aplica"
  },
  "frameworks": {
    "hrgl-2023": {
      "status": "machine_suggested",
      "title": "Gobernar la ciudad con objetivos de derechos humanos: conceptos e instrumentos de gestión",
      "encouragements": [
        {"number": 1, "short_title": "Objetivos de derechos humanos en las metas de gestión", "text": "Los objetivos de derechos humanos forman parte de las metas estratégicas y de gestión de la ciudad."},
        {"number": 2, "short_title": "Presupuestos basados en derechos humanos", "text": "Los presupuestos se elaboran y se informan teniendo en cuenta los derechos humanos."},
        {"number": 3, "short_title": "Compras públicas respetuosas de los derechos", "text": "Las compras públicas respetan y promueven los derechos humanos en las cadenas de suministro y los servicios."},
        {"number": 4, "short_title": "Procedimientos de seguimiento e indicadores", "text": "Los procedimientos de seguimiento y los indicadores de derechos humanos forman parte de los sistemas de gestión."},
        {"number": 5, "short_title": "Participación de la comunidad", "text": "La comunidad, en especial los grupos desfavorecidos, participa en las decisiones que la afectan."},
        {"number": 6, "short_title": "Transparencia e información imparcial", "text": "La ciudad informa al público de forma transparente e imparcial sobre su trabajo en derechos humanos."},
        {"number": 7, "short_title": "Herramientas digitales e IA respetuosas de los derechos", "text": "Las herramientas digitales y la inteligencia artificial que usa la ciudad respetan los derechos humanos."},
        {"number": 8, "short_title": "Recursos humanos y formación", "text": "Los recursos humanos se emplean bien y el personal recibe formación en derechos humanos."},
        {"number": 9, "short_title": "Evaluación de impacto", "text": "Las políticas y los presupuestos se evalúan por su impacto en los derechos humanos antes de decidir."},
        {"number": 10, "short_title": "Estándares de servicio", "text": "Los servicios públicos cumplen estándares de disponibilidad, accesibilidad, aceptabilidad y calidad."},
        {"number": 11, "short_title": "Vías de rendición de cuentas", "text": "Los vecinos pueden presentar quejas y obtener reparación por vías accesibles, como una defensoría."},
        {"number": 12, "short_title": "Redes y aprendizaje entre pares", "text": "La ciudad participa en redes y aprende de sus pares."}
      ]
    },
    "hrgl-2024": {
      "status": "machine_suggested",
      "title": "Rendición de cuentas en acción: los planes de acción de derechos humanos de los gobiernos locales",
      "encouragements": [
        {"number": 1, "short_title": "Un compromiso formal y duradero", "text": "El pleno municipal aprueba formalmente el plan de acción de derechos humanos y lo ancla para que sobreviva a los cambios de gobierno."},
        {"number": 2, "short_title": "Un estudio de base fundado en derechos", "text": "El plan se basa en un estudio de la situación de los derechos humanos en la ciudad, para medir el avance desde un punto de partida conocido."},
        {"number": 3, "short_title": "Objetivos anclados en estándares", "text": "Los objetivos se anclan expresamente en los estándares internacionales, regionales y nacionales de derechos humanos."},
        {"number": 4, "short_title": "Coherencia entre niveles de gobierno", "text": "El plan es coherente con las políticas nacionales y regionales de derechos humanos y con los Objetivos de Desarrollo Sostenible localizados."},
        {"number": 5, "short_title": "Participación de los titulares de derechos", "text": "Los titulares de derechos, en especial los grupos en riesgo de exclusión, participan en el diseño, la ejecución y la revisión del plan."},
        {"number": 6, "short_title": "Objetivos medibles", "text": "Los objetivos son medibles, con líneas de base, metas, hitos e indicadores de resultado."},
        {"number": 7, "short_title": "Medidas con responsables y plazos", "text": "Cada medida tiene una unidad responsable y un calendario, y los retrasos son visibles."},
        {"number": 8, "short_title": "Anclaje en el presupuesto", "text": "El plan está anclado en el presupuesto municipal: las medidas tienen fondos y se informa de su gasto."},
        {"number": 9, "short_title": "Indicadores de derechos humanos y datos desagregados", "text": "El avance se mide con indicadores de derechos humanos, desglosados según los motivos de discriminación relevantes en el lugar."},
        {"number": 10, "short_title": "Seguimiento independiente y periódico", "text": "Un órgano independiente, con miembros ajenos a la administración, hace un seguimiento periódico del plan."},
        {"number": 11, "short_title": "Informes públicos y accesibles", "text": "La ciudad informa pública y periódicamente sobre el plan, en formatos e idiomas accesibles."},
        {"number": 12, "short_title": "Evaluación, aprendizaje y renovación", "text": "El plan se evalúa, la ciudad responde a las recomendaciones y el siguiente plan se basa en lo aprendido."},
        {"number": 13, "short_title": "Capacidad del personal y transversalidad", "text": "El personal de toda la administración puede aplicar un enfoque basado en derechos humanos en su trabajo diario."},
        {"number": 14, "short_title": "Intercambio y aprendizaje entre pares", "text": "La ciudad intercambia con otras ciudades y redes y aprende de ellas."}
      ]
    }
  },
    "hints": {
        "action.code": "Código, p. ej. «2.1.3».",
        "action.competence": "Competencia propia, compartida o solo de incidencia.",
        "action.continues": "Código de la medida del plan anterior que esta continúa (en un plan sucesor).",
        "action.continuing": "Un programa sin final, valorado por sus compromisos anuales; nunca vencido.",
        "action.description": "Descripción.",
        "action.end_date": "Fin prevista.",
        "action.external_id": "Identificador en el sistema presupuestario o ERP.",
        "action.field": "Código del ámbito de actuación, para una medida directamente bajo él (o el objetivo, no ambos).",
        "action.hrba": "Principios del enfoque basado en derechos humanos aplicados.",
        "action.lead_unit": "Código de la unidad responsable.",
        "action.not_a_measure": "Por qué esta entrada no es una medida (un anexo presupuestario, una obligación de informar): ningún recuento la incluye.",
        "action.objective": "Código del objetivo (o del ámbito, no ambos).",
        "action.partner_units": "Códigos de las unidades colaboradoras.",
        "action.standards": "Códigos de las normas que aplica.",
        "action.start_date": "Inicio previsto.",
        "action.status": "Estado previsto o último notificado.",
        "action.title": "Título.",
        "action.title_translations": "El título en otros idiomas, por código de idioma: {\"eu\": \"…\"}.",
        "body.also_roles": "Otras funciones, p. ej. seguimiento en un consejo asesor.",
        "body.co_decision": "El órgano codecide: se necesita su acuerdo, no solo su consejo.",
        "body.code": "Código, p. ej. «CDH».",
        "body.external_members": "Miembros externos (sociedad civil, personas expertas).",
        "body.internal_members": "Miembros de la administración.",
        "body.meetings": "Reuniones celebradas.",
        "body.name": "Nombre.",
        "body.role": "Coordinación, seguimiento o asesoramiento: su función principal.",
        "budget_line.action": "Código de la medida; ninguno para un paquete (de un ámbito o del plan).",
        "budget_line.allocated": "Importe asignado en el presupuesto aprobado.",
        "budget_line.budget_code": "Programa o centro de coste.",
        "budget_line.currency": "Código de moneda ISO 4217.",
        "budget_line.external_id": "Identificador en el sistema presupuestario o ERP.",
        "budget_line.field": "Código del ámbito que financia un paquete (ninguna medida).",
        "budget_line.fiscal_year": "Ejercicio presupuestario.",
        "budget_line.funding_source": "De dónde procede el dinero.",
        "budget_line.note": "Qué cubren los importes o de dónde proceden (una página del presupuesto, una subvención).",
        "budget_line.planned": "Importe previsto en el plan.",
        "budget_line.spent": "Importe gastado.",
        "evaluation.code": "Código, p. ej. «EV1».",
        "evaluation.date": "Fecha del informe de evaluación.",
        "evaluation.evaluator": "Interna o externa.",
        "evaluation.of_predecessor": "Evaluó el plan anterior, en el que se basa este plan.",
        "evaluation.recommendations": "Recomendaciones y respuestas de la ciudad.",
        "evaluation.stage": "Intermedia o final.",
        "evaluation.title": "Título.",
        "evaluation.url": "Enlace al informe.",
        "field.code": "Código, p. ej. «2».",
        "field.description": "Descripción.",
        "field.standards": "Códigos de las normas que aplica el ámbito (heredadas por sus objetivos).",
        "field.title": "Título.",
        "field.title_translations": "El título en otros idiomas, por código de idioma: {\"eu\": \"…\"}.",
        "government.code": "Código corto, p. ej. «AT-rivertown».",
        "government.country": "Código de país ISO 3166-1 alfa-2.",
        "government.level": "Nivel de gobierno.",
        "government.name": "Nombre oficial.",
        "government.networks": "Redes de las que es miembro, p. ej. ECCAR, CGLU.",
        "government.population": "Habitantes.",
        "indicator.action": "Código de la medida (o del objetivo; ninguno: el plan).",
        "indicator.baseline_date": "Fecha del valor de la línea de base.",
        "indicator.baseline_value": "Valor en la fecha de la línea de base.",
        "indicator.code": "Código, p. ej. «2.1.a».",
        "indicator.data_source": "De dónde proceden los valores.",
        "indicator.derived": "Un valor que hrap calcula a partir de los datos del plan en lugar de valores introducidos: measures_implemented o measures_on_calendar.",
        "indicator.direction": "Qué dirección es mejor: aumentar, disminuir, mantener, o ninguna para un recuento descriptivo.",
        "indicator.disaggregation": "Criterios por los que se desglosan los datos.",
        "indicator.external_id": "Identificador en un sistema externo.",
        "indicator.frequency_months": "Meses entre dos valores.",
        "indicator.milestones": "Metas intermedias.",
        "indicator.name": "Qué se mide.",
        "indicator.name_translations": "El nombre en otros idiomas, por código de idioma: {\"eu\": \"…\"}.",
        "indicator.note": "Cómo leer los valores.",
        "indicator.objective": "Código del objetivo (o de la medida; ninguno: el plan).",
        "indicator.one_off": "Medido una sola vez (un estudio, un recuento puntual): con un valor no está ni desactualizado ni pendiente.",
        "indicator.standards": "Códigos de las normas que mide.",
        "indicator.target_date": "Fecha en la que debe alcanzarse la meta.",
        "indicator.target_text": "La meta en palabras, para un indicador cualitativo.",
        "indicator.target_value": "Valor que se busca alcanzar en la fecha meta.",
        "indicator.type": "Indicador estructural, de proceso o de resultado (ACNUDH).",
        "indicator.unit": "Unidad, p. ej. «%», «hogares», «puntos porcentuales».",
        "indicator.value_type": "Números o respuestas de sí/no.",
        "measurement.date": "Fecha de referencia, o último día del periodo.",
        "measurement.disaggregation": "Grupo, p. ej. {\"sex\": \"female\"}; {} para el total.",
        "measurement.evidence_url": "Enlace a la evidencia.",
        "measurement.indicator": "Código del indicador.",
        "measurement.judged_status": "En un indicador cualitativo, en lugar de un valor: cómo va la meta, según la valoración del servicio.",
        "measurement.new_method": "El valor sigue una nueva definición o método: no se compara con los valores anteriores.",
        "measurement.note": "Nota.",
        "measurement.period_start": "Primer día del periodo, si el valor abarca uno.",
        "measurement.public": "Puede aparecer en las páginas públicas.",
        "measurement.source": "Fuente del valor.",
        "measurement.value": "El valor (1/0 o true/false en indicadores de sí/no).",
        "not_applicable.criterion": "Identificador de un criterio; vacío para todo el estímulo.",
        "not_applicable.encouragement": "Número del estímulo.",
        "not_applicable.framework": "Identificador del marco, p. ej. hrgl-2024.",
        "not_applicable.reason": "Por qué queda fuera de la competencia del gobierno.",
        "objective.code": "Código, p. ej. «2.1».",
        "objective.field": "Código del ámbito de actuación.",
        "objective.rationale": "Por qué importa el objetivo.",
        "objective.rights_holder_groups": "Grupos de titulares de derechos prioritarios.",
        "objective.standards": "Códigos de las normas en las que se basa.",
        "objective.title": "Título.",
        "objective.title_translations": "El título en otros idiomas, por código de idioma: {\"eu\": \"…\"}.",
        "org_unit.code": "Código corto, p. ej. «SOC».",
        "org_unit.kind": "Departamento, organismo o socio externo.",
        "org_unit.name": "Nombre.",
        "org_unit.parent": "Código de la unidad a la que pertenece (un departamento para una oficina).",
        "participation_event.accessibility": "Medidas de accesibilidad ofrecidas.",
        "participation_event.code": "Código, p. ej. «P1».",
        "participation_event.date": "Fecha (el primer día de un evento de varios días).",
        "participation_event.end_date": "Último día de un evento de varios días, p. ej. una consulta.",
        "participation_event.feedback_url": "Respuesta publicada a los participantes.",
        "participation_event.format": "Cómo participaron las personas.",
        "participation_event.participants": "Número de participantes.",
        "participation_event.phase": "Fase del ciclo de las políticas.",
        "participation_event.stakeholder_groups": "Grupos que participaron.",
        "participation_event.title": "Título.",
        "plan.adopted_by": "Quién adoptó el plan.",
        "plan.adoption_date": "Fecha de adopción.",
        "plan.code": "Código corto con el que se cita el plan, p. ej. «rivertown-2023».",
        "plan.coordinating_body": "Código del órgano de coordinación.",
        "plan.documents": "Documentos publicados del plan.",
        "plan.government": "Código del gobierno que adoptó el plan.",
        "plan.kind": "Integral, o temático con un tema.",
        "plan.language": "Idioma de los títulos y textos del plan, p. ej. es (ninguno: en).",
        "plan.legal_basis": "Base jurídica (acuerdo, norma).",
        "plan.legal_basis_url": "Enlace a la base jurídica.",
        "plan.note": "Cómo se registró el plan: las fuentes de sus datos, qué se ha estimado.",
        "plan.period_end": "Último día del periodo; ninguno para un plan sin fecha de fin.",
        "plan.period_start": "Primer día del periodo del plan.",
        "plan.predecessor": "Código del plan al que sucede este.",
        "plan.predecessor_title": "Título del plan anterior, si no está en hrap.",
        "plan.predecessor_url": "Dónde se publica el plan anterior.",
        "plan.reporting_interval_months": "Meses entre informes de avance que fija el plan, p. ej. 24 para informes bienales.",
        "plan.review_date": "Cuándo se revisa un plan sin fecha de fin (las medidas vencen entonces).",
        "plan.status": "Estado en el ciclo de vida.",
        "plan.theme": "Tema de un plan temático.",
        "plan.title": "Título del plan.",
        "plan.title_translations": "El título en otros idiomas, por código de idioma: {\"eu\": \"…\"}.",
        "progress_update.action": "Código de la medida.",
        "progress_update.date": "Fecha que describe la actualización.",
        "progress_update.evidence_urls": "Enlaces a evidencias.",
        "progress_update.narrative": "Qué ha ocurrido.",
        "progress_update.percent_complete": "Porcentaje de avance, 0–100.",
        "progress_update.public": "Puede aparecer en las páginas públicas.",
        "progress_update.status": "Estado de la medida en esa fecha.",
        "recommendation.actions": "Códigos de las medidas a las que se refiere.",
        "recommendation.code": "Código de la recomendación, p. ej. «R1».",
        "recommendation.encouragement": "Número del estímulo al que se refiere.",
        "recommendation.objectives": "Códigos de los objetivos a los que se refiere.",
        "recommendation.reviewer": "Quién la formuló (por defecto: el panel).",
        "recommendation.text": "La recomendación.",
        "recommendation_response.decision": "Aceptada, parcialmente aceptada o rechazada.",
        "recommendation_response.follow_up_actions": "Códigos de las medidas que le dan seguimiento.",
        "recommendation_response.reason": "Por qué: las razones de la ciudad.",
        "recommendation_response.recommendation": "La recomendación, «RONDA/CÓDIGO».",
        "report.audiences": "A quién se presentó: pleno, gobierno, parlamento, público.",
        "report.code": "Código, p. ej. «R2024».",
        "report.date": "Fecha de publicación.",
        "report.easy_read": "Tiene una versión de lectura fácil.",
        "report.languages": "Idiomas en los que se publica.",
        "report.period_end": "Último día del periodo que abarca (por defecto: el periodo de informe que terminó antes).",
        "report.presented_to_council": "Presentado al pleno.",
        "report.title": "Título.",
        "report.type": "Tipo de informe.",
        "report.url": "Enlace.",
        "report_narrative.part": "Qué parte del informe son.",
        "report_narrative.subject": "Para una explicación: el ámbito o la medida que explica.",
        "report_narrative.text": "Las palabras de la ciudad (texto plano; el Markdown se muestra tal como se escribió).",
        "report_narrative.year": "El año del informe al que se refieren las palabras.",
        "reviewer.affiliation": "Organización y cargo.",
        "reviewer.code": "Identificador con el que actúa la persona evaluadora, p. ej. «m.kovac».",
        "reviewer.conflict_of_interest": "El conflicto de intereses declarado, o «none».",
        "reviewer.home_city": "Ciudad o región para la que trabaja la persona (código o nombre).",
        "reviewer.name": "Nombre completo.",
        "standard.code": "Cita, p. ej. «ICESCR art. 11» o «SDG 11.1».",
        "standard.label": "Lo que dice, en pocas palabras.",
        "standard.type": "Tipo de norma.",
        "standard.url": "Enlace al texto.",
        "yearly_commitment.action": "Código de la medida continua.",
        "yearly_commitment.commitments": "Lo que la medida se comprometió a hacer en el año.",
        "yearly_commitment.note": "Por qué, si algunos no se cumplieron.",
        "yearly_commitment.percent_met": "Parte de los compromisos del año cumplidos, 0–100 (vacío hasta la valoración).",
        "yearly_commitment.year": "El año natural de los compromisos."
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
    "bundle.keywords": "droits humains; plan d’action; collectivité locale; indicateurs; redevabilité",
    "catalogue.title": "Plans d’action pour les droits humains : données ouvertes",
    "catalogue.description": "Les données ouvertes de chaque rapport annuel publié sur ce site : mesures, indicateurs, valeurs, budget et recommandations de chaque plan, avec un paquet de données Frictionless et le fichier du plan.",
    "bundle.title": "{plan} : rapport annuel et données ouvertes {year}",
    "bundle.description": "Mesures, indicateurs, valeurs, budget et recommandations de {plan} ({government}), tels qu’enregistrés à la fin de {year}. Valeurs publiques uniquement.",
    "report.title": "Rapport annuel de redevabilité",
    "report.summary_title": "Synthèse",
    "report.contents": "Sommaire",
    "report.skip": "Aller au rapport",
    "report.generated": "Produit par hrap à partir des données enregistrées par la ville.",
    "cover.year": "Année du rapport",
    "cover.as_of": "Données au",
    "cover.languages": "Langues du plan : {languages}",
    "cover.period": "Période du plan : du {start} au {end}",
    "cover.open_ended": "Période du plan : à partir de {start}, sans échéance (révision : {review})",
    "cover.framework": "Évalué selon",
    "cover.text_status.paraphrase": "Les textes des encouragements sont une paraphrase propre à hrap, pas le texte officiel.",
    "cover.text_status.official": "Les textes des encouragements sont le texte officiel.",
    "cover.translation.machine_suggested": "La version française des titres est une traduction suggérée par machine de la paraphrase anglaise de hrap ; aucun lecteur francophone ne l'a encore vérifiée.",
    "cover.translation.checked": "La version française des titres a été vérifiée par {checked_by}.",
    "cover.unpublished": "Projet : ce plan n'est pas marqué comme publié ; ce rapport n'est pas destiné à la publication.",
    "section.findings": "L'essentiel",
    "section.narrative": "Dans les mots de la ville",
    "narrative.note": "Ces textes sont ceux de la ville ; tout le reste de ce rapport est calculé par hrap à partir des données du plan.",
    "narrative.foreword": "Avant-propos",
    "narrative.achievements": "Ce que nous avons accompli",
    "narrative.challenges": "Ce qui nous a freinés",
    "narrative.commitments": "Nos engagements pour l'année prochaine",
    "narrative.explanations": "Nos retards, et pourquoi",
    "section.measure": "Comment nous mesurons",
    "section.scorecard": "Tableau d'évaluation",
    "section.fields": "Avancement par domaine d'action",
    "section.backwards": "Où nous avons reculé",
    "section.budget": "Budget",
    "section.participation": "Participation dans l'année",
    "section.recommendations": "Recommandations et réponses",
    "section.quality": "Qualité des données",
    "section.methodology": "Méthodologie",
    "findings.headline": "{latest} ({date}) ; cible {target} d'ici {target_date} ; {status}, {change}.",
    "findings.headline_no_value": "pas encore de valeur ; cible {target} d'ici {target_date}.",
    "findings.measures": "Mesures mises en œuvre : {implemented} sur {total} ({more} de plus qu'un an plus tôt).",
    "findings.indicators": "Indicateurs sur l'année : {better} en amélioration, {worse} en dégradation, {unchanged} inchangés, {first} avec une première valeur ; {stale} sans nouvelle valeur cette année, {none} jamais mesurés.",
    "findings.new_method": "Mesurés cette année selon une nouvelle définition ou méthode, donc non comparés aux valeurs antérieures ({count}) : {codes}.",
    "findings.overdue": "Mesures en retard ({count}) : {codes}.",
    "findings.backwards": "Indicateurs en recul ({count}) : {codes}.",
    "measures.summary": "{implemented} mesures sur {total} mises en œuvre ({share})",
    "objective.direct": "Mesures de ce champ d'action",
    "commitments.summary": "Mesures continues ayant tenu tous leurs engagements en {year} : {full} sur {total}{bands}.",
    "section.commitments": "Mesures continues et leurs engagements pour",
    "table.commitments": "Engagements pour l'année",
    "table.met": "Part tenue",
    "band.full": "tous tenus",
    "band.mostly": "80–99 % tenus",
    "band.partly": "60–79 % tenus",
    "band.behind": "moins de 60 % tenus",
    "band.not_assessed": "non évalué",
    "measure.completed": "achevée",
    "measure.completed_late": "achevée en retard",
    "measure.ongoing": "en cours",
    "measure.planned": "prévue",
    "measure.delayed": "retardée",
    "measure.overdue": "en retard",
    "measure.cancelled": "abandonnée",
    "measure.continuing": "continue",
    "measure.carried_over": "reprise",
    "measure.not_concluded": "non conclue",
    "status.achieved": "atteint",
    "status.achieved_late": "atteint en retard",
    "status.on_track": "en bonne voie",
    "status.at_risk": "à risque",
    "status.off_track": "hors trajectoire",
    "status.no_data": "pas de données",
    "status.not_measurable": "non mesurable",
    "status.descriptive": "descriptif",
    "status.stale": "périmé",
    "definition.achieved": "La dernière valeur atteint la cible, et une valeur l'a atteinte avant la date cible.",
    "definition.achieved_late": "La dernière valeur atteint la cible, mais aucune ne l'a atteinte avant la date cible.",
    "definition.on_track": "L'avancement de la valeur de départ vers la cible atteint au moins 90 % de ce qu'une progression régulière aurait atteint à ce jour.",
    "definition.at_risk": "L'avancement atteint au moins 70 %, mais moins de 90 %, de ce qu'une progression régulière aurait atteint à ce jour.",
    "definition.off_track": "L'avancement est inférieur à 70 % de ce qu'une progression régulière aurait atteint à ce jour, ou en recul.",
    "definition.no_data": "Aucune valeur n'a été enregistrée à la date de référence ; ce n'est jamais compté comme zéro.",
    "definition.not_measurable": "L'indicateur a des valeurs, mais pas de valeur de départ ou de cible pour mesurer l'avancement.",
    "definition.descriptive": "Un décompte sans meilleur ni pire (sens : aucun) : présenté avec ses valeurs, sans cible à atteindre ; il n'est jamais en recul.",
    "definition.stale": "La dernière valeur est plus ancienne que la fréquence de l'indicateur (un an si aucune n'est fixée).",
    "definition.measure.completed": "Réalisée, avant sa date de fin.",
    "definition.measure.completed_late": "Réalisée, après sa date de fin.",
    "definition.measure.ongoing": "En cours et pas au-delà de sa date de fin.",
    "definition.measure.planned": "Pas commencée et pas au-delà de sa date de fin.",
    "definition.measure.delayed": "En retard sur le calendrier, pas encore au-delà de sa date de fin.",
    "definition.measure.overdue": "Non réalisée et au-delà de sa date de fin (ou de l'échéance du plan, si elle n'en a pas).",
    "definition.measure.cancelled": "Arrêtée ; comptée, mais jamais comme mise en œuvre.",
    "definition.measure.continuing": "Un programme sans achèvement, jugé sur ses engagements de chaque année ; jamais en retard.",
    "definition.measure.carried_over": "Une mesure continue dont le plan a pris fin et qu'un plan suivant poursuit.",
    "definition.measure.not_concluded": "Une mesure continue dont le plan a pris fin et qu'aucun plan suivant ne poursuit (encore).",
    "measure.rule": "L'état d'une mesure est celui de sa dernière mise à jour ; son échéance est sa date de fin, ou celle du plan.",
    "score.rule": "Le niveau de chaque encouragement (0–4) est la moyenne pondérée de ses critères ; l'indice est la moyenne des encouragements. Les niveaux des pairs sont la médiane de leurs notes.",
    "scorecard.index": "Indice",
    "scorecard.explained": "L'indice dit dans quelle mesure le plan lui-même est conçu comme un outil de redevabilité, au regard des encouragements du cadre (participation, budget, suivi, cohérence, rapports) ; il ne mesure pas la mise en œuvre. L'avancement de la ville se lit dans ses mesures et ses indicateurs.",
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
    "table.previous": "Valeur précédente",
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
    "trend.unchanged": "inchangé",
    "trend.no_data": "pas de données",
    "trend.worse": "en dégradation",
    "trend.changed": "modifié",
    "trend.first_value": "première valeur",
    "trend.no_new_value": "pas de nouvelle valeur cette année",
    "trend.from": "contre {value}, {date}",
    "trend.baseline": "valeur de départ {value}, {date}",
    "trend.last": "dernière valeur {date}",
    "trend.new_method": "nouvelle méthode, non comparé",
    "trend.old_method": "méthode antérieure : {value}, {date}",
    "derived.measures_implemented": "les mesures achevées, comptées à chaque date où l'avancement d'une mesure a été signalé.",
    "derived.measures_on_calendar": "les mesures qui ont tenu tous les engagements d'une année, comptées pour chaque année où des engagements sont enregistrés.",
    "ground.sex": "Sexe",
    "ground.age": "Âge",
    "ground.disability": "Handicap",
    "ground.ethnic_or_national_origin": "Origine ethnique ou nationale",
    "ground.migration_status": "Statut migratoire",
    "ground.religion": "Religion ou conviction",
    "ground.sexual_orientation_gender_identity": "Orientation sexuelle et identité de genre",
    "ground.socio_economic_status": "Statut socio-économique",
    "ground.area": "Zone",
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
    "chart.new_method": "valeur selon une nouvelle méthode (non reliée aux précédentes)",
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
    "methodology.retrogression": "Recul : la dernière valeur de l'année est moins bonne, selon le sens de l'indicateur, que la valeur enregistrée juste avant (pour une première valeur, la valeur de départ), avec ou sans cible. Une valeur mesurée selon une nouvelle définition ou méthode n'est pas comparée aux valeurs antérieures : ce n'est jamais un recul.",
    "methodology.trend": "Sur l'année : la dernière valeur des douze mois jusqu'à la date de référence, comparée à la dernière valeur antérieure (amélioration, dégradation, inchangé ; une première valeur est présentée à côté de la valeur de départ ; un indicateur sans valeur dans l'année n'a pas de nouvelle valeur, jamais « inchangé » ; une valeur mesurée selon une nouvelle méthode n'est pas comparée).",
    "methodology.dates": "Une valeur datée d'un mois ou d'une année compte à partir du dernier jour de ce mois ou de cette année.",
    "methodology.private": "Les valeurs marquées comme non publiques ne figurent pas dans ce rapport.",
    "methodology.execution": "Taux d'exécution = dépensé ÷ alloué, sur les lignes qui donnent les deux, enveloppes comprises.",
    "web.site_name": "Plans d'action pour les droits humains",
    "web.language.name": "Français",
    "web.skip": "Aller au contenu",
    "web.nav.language": "Langue",
    "web.nav.account": "Compte",
    "web.signed_in_as": "Connecté·e en tant que",
    "web.workspace": "Espace de travail",
    "web.sign_in": "Se connecter",
    "web.sign_out": "Se déconnecter",
    "web.accessibility": "Déclaration d'accessibilité",
    "web.footer": "Publié avec hrap à partir des données enregistrées par la ville ; seules les valeurs publiques sont affichées.",
    "web.plans_title": "Plans publiés",
    "web.plans_intro": "Chaque plan présente ses mesures, indicateurs, budget et les réponses de la ville à l'évaluation par les pairs.",
    "web.plans_none": "Aucun plan n'est encore publié.",
    "web.derived": "hrap calcule les valeurs de cet indicateur à partir des données du plan ; personne ne les saisit :",
    "web.no_data": "pas de données",
    "web.last_report": "Dernier rapport publié",
    "web.none_yet": "aucun pour l'instant",
    "web.section_measures": "Mesures par statut",
    "web.measures_by_status": "Mesures par statut : nombre et part",
    "web.reports": "Rapports et données ouvertes",
    "web.reports_intro": "Chaque rapport annuel dans chaque format et langue, et les données ouvertes correspondantes, fichier par fichier.",
    "web.report_files": "Fichiers du rapport",
    "web.language": "Langue",
    "web.files": "Fichiers",
    "web.open_data": "Données ouvertes",
    "web.filter_title": "Afficher seulement",
    "web.filter_all": "Tous",
    "web.filter.field": "Champ d'action",
    "web.filter.status": "Statut",
    "web.filter.lead": "Service pilote",
    "web.filter.group": "Groupe de titulaires de droits",
    "web.filter.shown": "{shown} mesures affichées sur {total} ({share}).",
    "web.indicators_of": "Indicateurs de l'objectif",
    "web.measures_of": "Mesures de l'objectif",
    "web.direction": "Meilleur quand la valeur",
    "web.direction.increase": "augmente",
    "web.direction.decrease": "baisse",
    "web.direction.maintain": "reste à la cible",
    "web.direction.none": "ni meilleur ni pire",
    "web.unit": "Unité",
    "web.source": "Source",
    "web.note": "Remarque",
    "web.tab_chart": "Graphique",
    "web.tab_table": "Valeurs et historique",
    "web.download_csv": "Télécharger les valeurs (CSV)",
    "web.no_chart": "Pas de graphique : cet indicateur n'a pas encore de valeurs numériques.",
    "web.history": "Valeurs et historique",
    "web.history_intro": "Chaque valeur publique avec sa date ; une valeur corrigée reste listée, marquée comme remplacée.",
    "web.version": "Version",
    "web.recorded": "Enregistré",
    "web.current": "actuelle",
    "web.correction": "actuelle (corrige une valeur antérieure)",
    "web.superseded": "remplacée par une correction",
    "web.total": "total",
    "web.evidence": "justificatif",
    "web.meaning": "Signification",
    "web.objective": "Objectif",
    "web.partners": "Services partenaires",
    "web.timeline": "Historique du statut",
    "web.no_updates": "Aucune mise à jour n'a encore été publiée.",
    "web.funding": "Financement",
    "web.indicators": "Indicateurs",
    "web.action_status.planned": "prévue",
    "web.action_status.ongoing": "en cours",
    "web.action_status.completed": "terminée",
    "web.action_status.delayed": "retardée",
    "web.action_status.cancelled": "annulée",
    "web.a11y_state_title": "Conformité",
    "web.a11y_state": "Ces pages visent la conformité au niveau AA des WCAG 2.1 ; elles sont partiellement conformes en raison des lacunes ci-dessous.",
    "web.a11y_checked_title": "Comment nous avons vérifié",
    "web.a11y_checked": "Chaque version est vérifiée avec l'outil automatique axe-core dans un navigateur, en largeur bureau et téléphone, et à la main au clavier. Aucun test avec des utilisateurs de technologies d'assistance n'a encore eu lieu.",
    "web.a11y_gaps_title": "Lacunes connues",
    "web.a11y_gap_charts": "Les graphiques sont des images avec une description et un tableau de données ; le tableau en est la version accessible.",
    "web.a11y_gap_content": "Les textes saisis par la ville (titres, notes) sont affichés tels quels, dans la langue du plan, et ne sont pas forcément en langage simple.",
    "web.a11y_gap_errors": "Les messages d'erreur des formulaires sur des valeurs précises ne sont qu'en anglais.",
    "web.a11y_contact_title": "Retour et contact",
    "web.a11y_contact": "Si vous rencontrez un obstacle sur ces pages, dites-le-nous :",
    "web.error_status": "Code d'erreur",
    "web.error.not_found.title": "Page introuvable",
    "web.error.not_found.advice": "Il n'y a pas de page publiée à cette adresse. Vérifiez l'adresse ou partez de la liste des plans publiés.",
    "web.error.method.title": "Cette page ne s'utilise pas ainsi",
    "web.error.method.advice": "Utilisez les liens et formulaires du site.",
    "web.error.bad_request.title": "La requête n'a pas pu être lue",
    "web.error.bad_request.advice": "Revenez en arrière, rechargez le formulaire et renvoyez-le.",
    "web.error.too_many.title": "Trop de connexions échouées",
    "web.error.too_many.advice": "Rien n’a été enregistré. Trop de mots de passe ou de jetons erronés ont été essayés d’ici ou pour ce compte en une minute. Vous pourrez réessayer dans {seconds} secondes.",
    "web.error.busy.title": "La base de données est occupée",
    "web.error.busy.advice": "Rien n’a été enregistré. Une autre modification était en cours d’écriture ; renvoyez le formulaire dans un instant.",
    "web.error.conflict.title": "Ceci a déjà été modifié ou décidé",
    "web.error.conflict.advice": "Rien n’a été enregistré. Quelqu’un d’autre a modifié ou décidé ceci depuis que vous avez ouvert la page ; rechargez-la, vérifiez et réessayez.",
    "web.error.session.title": "Votre session a expiré",
    "web.error.session.advice": "Rien n'a été enregistré. Reconnectez-vous, puis renvoyez le formulaire.",
    "web.error.csrf.title": "Le formulaire a expiré",
    "web.error.csrf.advice": "Rien n'a été enregistré. Rouvrez le formulaire depuis le site et envoyez-le de là.",
    "web.error.read_only.title": "Les modifications sont désactivées",
    "web.error.read_only.advice": "Ce serveur ne fait qu'afficher les données. Rien n'a été enregistré ; adressez-vous à votre administrateur.",
    "web.error.forbidden.title": "Vous n'avez pas ce droit",
    "web.error.forbidden.advice": "Rien n'a été enregistré. Votre accès ne couvre pas ce plan ou ce cycle ; adressez-vous au coordinateur du plan.",
    "web.error.internal.title": "Une erreur s'est produite de notre côté",
    "web.error.internal.advice": "Réessayez plus tard. Si cela se reproduit, prévenez le contact du site.",
    "web.error.form": "Le contenu du formulaire n'a pas pu être lu.",
    "web.error.query": "Les paramètres de l'adresse n'ont pas pu être lus.",
    "web.sign_in_intro": "Connectez-vous avec votre nom d’utilisateur et votre mot de passe. La session prend fin lorsque vous vous déconnectez, après deux heures d’inactivité ou après douze heures.",
    "web.sign_in.refused": "Ce jeton n'est pas accepté : il est inconnu, révoqué ou expiré.",
    "web.token": "Jeton d'accès",
    "web.token_hint": "Il commence par hrap_.",
    "web.form_problem": "Il y a un problème",
    "web.your_plans": "Vos plans",
    "web.your_rounds": "Vos cycles d'évaluation",
    "web.no_rounds": "Vous n'êtes invité·e à aucun cycle d'évaluation ouvert.",
    "web.published": "publié",
    "web.not_published": "non publié",
    "web.record_measurement": "Saisir une valeur d'indicateur",
    "web.record_update": "Saisir l'avancement d'une mesure",
    "web.upload": "Téléverser un tableur (CSV)",
    "web.manage": "Publication et approbations",
    "web.public_page": "Page publique",
    "web.required": "obligatoire",
    "web.form_nothing_saved": "Rien n'a été enregistré. Corrigez les champs ci-dessous et renvoyez le formulaire.",
    "web.form.indicator": "Indicateur",
    "web.form.action": "Mesure",
    "web.form.date": "Date",
    "web.form.date_hint": "La date de référence, ou le dernier jour de la période couverte.",
    "web.form.value": "Valeur",
    "web.form.value_hint": "Un nombre, écrit comme dans cette langue (par exemple 12,5) ; oui/non : yes ou no.",
    "web.form.group": "Groupe",
    "web.form.group_hint": "Vide pour le total ; sinon des paires critère=valeur séparées par des virgules, par exemple sex=female, age=0-17 (comme dans les tableurs et en ligne de commande).",
    "web.form.source": "Source",
    "web.form.note": "Remarque",
    "web.form.evidence_url": "Lien vers le justificatif",
    "web.form.url_hint": "Une adresse commençant par https://",
    "web.form.public": "Afficher sur les pages publiques et dans les données ouvertes",
    "web.form.public_hint": "Décochez pour le garder interne, par exemple un effectif si petit qu'il permettrait d'identifier des personnes.",
    "web.form.new_method": "Nouvelle définition ou méthode de mesure",
    "web.form.new_method_hint": "Cochez si cette valeur est mesurée autrement que les précédentes (nouveau questionnaire, définition modifiée) : elle ne leur est alors pas comparée et n'apparaît jamais comme un recul.",
    "web.form.status": "Statut à cette date",
    "web.form.percent": "Pourcentage réalisé",
    "web.form.percent_hint": "Un nombre entier de 0 à 100 ; peut rester vide.",
    "web.form.narrative": "Ce qui s'est passé",
    "web.form.evidence_urls": "Liens vers les justificatifs",
    "web.form.urls_hint": "Une adresse par ligne, commençant par https://",
    "web.form.save": "Enregistrer",
    "web.form.import": "Importer",
    "web.form.measurement_intro": "Une valeur pour le même indicateur, la même date et le même groupe corrige la précédente ; les deux restent dans l'historique.",
    "web.form.update_intro": "Une mise à jour pour la même mesure et la même date corrige la précédente ; les deux restent dans l'historique.",
    "web.form.upload_intro": "Le fichier est vérifié en entier : si une ligne est fausse, rien n'est importé et chaque ligne fautive est listée. Utilisez les colonnes qu'écrit « hrap export-csv ».",
    "web.form.sheet_kind": "Contenu du fichier",
    "web.form.sheet_measurements": "Valeurs d'indicateurs",
    "web.form.sheet_progress": "Avancement des mesures",
    "web.form.file": "Fichier CSV",
    "web.form.file_hint": "UTF-8, séparé par des virgules ou des points-virgules, avec une ligne d'en-tête.",
    "web.form.file_missing": "choisissez un fichier",
    "web.form.choose": "choisissez une des options",
    "web.form.more_problems": "… et {count} autres problèmes.",
    "web.saved.measurement": "Enregistré : la valeur de l'indicateur {indicator} au {date}. Voir sur",
    "web.saved.update": "Enregistré : l'avancement de la mesure {action} au {date}. Voir sur",
    "web.saved.unchanged": "Rien n'a changé : la même chose était déjà enregistrée. Voir sur",
    "web.saved.upload": "{file} importé : {rows} lignes, {inserted} nouvelles, {corrected} corrections, {unchanged} inchangées.",
    "web.manage.publication": "Publication",
    "web.manage.is_published": "Ce plan est publié : les habitants le voient avec ses valeurs publiques.",
    "web.manage.is_not_published": "Ce plan n'est pas publié : il n'apparaît sur aucune page publique.",
    "web.manage.publish": "Publier ce plan",
    "web.manage.withdraw": "Le retirer des pages publiques",
    "web.manage.now_published": "Le plan est maintenant publié.",
    "web.manage.now_withdrawn": "Le plan est retiré des pages publiques.",
    "web.manage.changed": "Rien n'a été modifié : quelqu'un d'autre a modifié le plan depuis l'ouverture de cette page. Vérifiez son état ci-dessous et réessayez.",
    "web.review.title": "Grille d'évaluation",
    "web.review.intro": "Évaluez les encouragements que vous pouvez juger ; laissez les autres vides. Les évaluations des autres restent cachées jusqu'à la clôture du cycle. Cadre :",
    "web.review.level": "niveau",
    "web.review.not_assessable": "Ou : pourquoi ce n'est pas évaluable",
    "web.review.rationale": "Justification : ce que vous avez constaté",
    "web.review.evidence": "Justificatifs",
    "web.review.evidence_hint": "Un par ligne : document:TITRE <URL ou p. N>, measurement:INDICATEUR@DATE, update:MESURE@DATE ou report:CODE.",
    "web.review.save": "Enregistrer le brouillon",
    "web.review.submit": "Enregistrer et soumettre",
    "web.review.nothing": "Évaluez au moins un encouragement.",
    "web.review.saved": "{count} évaluations enregistrées dans votre brouillon.",
    "web.review.submitted": "Votre grille est soumise (numéro {number}).",
    "web.review.not_submitted": "Elle n'est pas encore soumise :",
    "web.approval": "Approbation avant publication",
    "web.approval.required": "Les valeurs d'indicateurs et les mises à jour saisies par les agents attendent ici l'approbation d'un autre agent de la collectivité ou d'un administrateur ; avant cela, elles ne comptent dans aucun chiffre et n'apparaissent sur aucune page. Seul un administrateur modifie ce réglage.",
    "web.approval.not_required": "Ce plan n'exige pas d'approbation : les saisies des agents comptent dès leur enregistrement. Un administrateur peut l'exiger (hrap plan update --code … --requires-approval true, ou l'API).",
    "web.approval.queue": "En attente d'approbation",
    "web.approval.none": "Rien n'attend d'approbation.",
    "web.approval.own": "Vous l'avez soumis : un autre agent ou un administrateur en décide.",
    "web.approval.approve": "Approuver",
    "web.approval.reject": "Rejeter",
    "web.approval.reason": "Motif (obligatoire pour rejeter)",
    "web.approval.reason_required": "Indiquez pourquoi vous le rejetez : l'agent verra le motif.",
    "web.approval.reason_too_long": "Le motif est trop long : {max} caractères au plus.",
    "web.approval.decided_heading": "Dernières décisions",
    "web.approval.approved": "approuvé",
    "web.approval.rejected": "rejeté (conservé dans l'historique, ne compte nulle part)",
    "web.approval.submitted": "soumis par {who} le {date}",
    "web.approval.decided": "décidé par {who} le {date}",
    "web.approval.kind.measurement": "Valeur d'indicateur",
    "web.approval.kind.progress_update": "Mise à jour",
    "web.approval.now_approved": "Approuvé : {what} compte désormais et apparaît sur les pages publiques.",
    "web.approval.now_rejected": "Rejeté : {what} reste dans l'historique avec votre motif et ne compte nulle part.",
    "web.approval.already_decided": "Rien n'a changé : quelqu'un a déjà décidé de cette saisie. La décision figure ci-dessous.",
    "web.saved.pending": "Enregistré pour approbation : {indicator}, {date} apparaîtra sur les pages publiques une fois approuvé.",
    "web.error.approval.title": "Les saisies de ce plan exigent une approbation",
    "web.error.approval.advice": "Rien n'a été enregistré. Saisissez les valeurs une à une avec les formulaires pour qu'un coordinateur approuve chacune, ou demandez à un administrateur d'importer le fichier.",
    "web.sign_in.refused_password": "Le nom d’utilisateur ou le mot de passe n’est pas correct, ou le compte n’est pas actif. Vérifiez les deux et réessayez.",
    "web.sign_in.password_set": "Votre mot de passe est enregistré. Connectez-vous maintenant avec lui.",
    "web.username": "Nom d’utilisateur",
    "web.password": "Mot de passe",
    "web.sign_in_token": "Se connecter plutôt avec un jeton d’accès",
    "web.sign_in_token_intro": "Pour les administrateurs et pour la période avant les comptes : collez un jeton d’API créé par un administrateur avec hrap token create.",
    "web.account": "Votre compte",
    "web.people": "Personnes",
    "web.welcome": "Bienvenue : choisissez votre mot de passe",
    "web.welcome_reset": "Choisissez un nouveau mot de passe",
    "web.welcome_intro": "Ce lien vous permet de définir le mot de passe de",
    "web.new_password": "Nouveau mot de passe",
    "web.repeat_password": "Le nouveau mot de passe, encore une fois",
    "web.set_password": "Enregistrer le mot de passe",
    "web.password.rules": "Au moins {minimum} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner ; aucun caractère spécial n’est exigé et on ne vous demandera pas de le changer régulièrement.",
    "web.password.mismatch": "Les deux nouveaux mots de passe diffèrent ; saisissez deux fois le même.",
    "web.problem.password_too_short": "au moins {minimum} caractères",
    "web.problem.password_too_long": "au plus {maximum} caractères",
    "web.problem.password_common": "un mot de passe très répandu ; choisissez-en un autre",
    "web.problem.password_contains_name": "il contient votre nom, votre nom d’utilisateur ou le nom du service ; choisissez-en un sans",
    "web.problem.password_repetitive": "un seul caractère répété ; choisissez-en un autre",
    "web.problem.current.invalid_value": "ce n’est pas votre mot de passe actuel",
    "web.problem.username.invalid_value": "3 à 100 lettres, chiffres et . _ - @ + (une adresse e-mail convient)",
    "web.problem.display_name.required": "un nom de 1 à 100 caractères",
    "web.problem.grants.required": "au moins un rôle",
    "web.problem.grants.not_allowed": "au plus une identité d’évaluateur",
    "web.problem.admin.not_allowed": "vous ne pouvez pas retirer votre propre rôle d’administrateur",
    "web.problem.state.not_allowed": "vous ne pouvez pas désactiver votre propre compte",
    "web.problem.name.invalid_value": "un nom de 1 à 60 caractères sur une ligne",
    "web.problem.grant.not_allowed": "plus que vos propres droits ne le permettent",
    "web.problem.duplicate": "ce nom est déjà utilisé",
    "web.problem.date": "Expiration : une date comme 2026-12-31, ou vide",
    "web.account.sessions_ended": "Sessions terminées : {count}.",
    "web.account.password_changed": "Votre mot de passe est changé.",
    "web.account.token_grant": "Choisissez un des rôles proposés pour le jeton.",
    "web.account.token_revoked": "Le jeton {name} est révoqué.",
    "web.role.viewer": "Lecteur",
    "web.role.reviewer": "Évaluateur",
    "web.role.officer": "Agent",
    "web.role.admin": "Administrateur",
    "web.token_state.active": "actif",
    "web.token_state.expired": "expiré",
    "web.token_state.revoked": "révoqué",
    "web.account_state.invited": "invité (pas encore de mot de passe)",
    "web.account_state.active": "actif",
    "web.account_state.disabled": "désactivé",
    "web.roles": "Rôles",
    "web.account_sessions": "Où vous êtes connecté",
    "web.account_client": "Adresse et navigateur",
    "web.account_began": "Connexion",
    "web.account_last_seen": "Dernière utilisation",
    "web.account_end": "Terminer",
    "web.account_this_session": "ce navigateur",
    "web.account_end_all": "Se déconnecter partout",
    "web.account_password": "Changer votre mot de passe",
    "web.account_current_password": "Mot de passe actuel",
    "web.account_change_password": "Changer le mot de passe",
    "web.account_tokens": "Vos jetons pour les programmes",
    "web.account_tokens_intro": "Un jeton permet à un script ou à un tableur d’utiliser l’API en votre nom, avec au plus vos droits. Il ne fonctionne que tant que votre compte est actif ; révoquez-le quand il n’est plus utile.",
    "web.account_token_name": "Nom du jeton",
    "web.account_token_expires": "Dernier jour valide",
    "web.account_token_expires_hint": "Une date comme 2027-06-30 ; vide : jusqu’à révocation.",
    "web.account_token_state": "État",
    "web.account_revoke": "Révoquer",
    "web.account_create_token": "Créer un jeton",
    "web.account_token_created": "Votre nouveau jeton, affiché cette seule fois : copiez-le maintenant dans votre programme.",
    "web.people_link_intro": "Remettez ce lien à usage unique à",
    "web.people_link_expires": "valable jusqu’au",
    "web.people_name": "Nom",
    "web.people_state": "État",
    "web.people_invite": "Inviter une personne",
    "web.people_invite_intro": "La personne reçoit un compte sans mot de passe et un lien, valable sept jours et utilisable une fois, où elle choisit son mot de passe. Le lien n’est affiché qu’une fois ici ; transmettez-le par un canal de confiance.",
    "web.people_username_hint": "Ce que la personne saisit pour se connecter, souvent son adresse e-mail.",
    "web.people_grants_hint": "Un par ligne : officer:GOUVERNEMENT, reviewer:IDENTITÉ, viewer, viewer:GOUVERNEMENT (aussi ses projets) ou admin. Gouvernements :",
    "web.people_sessions": "Sessions en cours",
    "web.people_tokens": "Jetons",
    "web.people_owner": "Propriétaire",
    "web.people_edit": "Nom et rôles",
    "web.people_access": "Accès",
    "web.people_reset": "Créer un lien de nouveau mot de passe",
    "web.people_enable": "Réactiver le compte",
    "web.people_disable": "Désactiver le compte",
    "web.people_no_sessions": "Connecté nulle part.",
    "web.people_audit": "Ce qui a changé",
    "web.people.duplicate": "Nom d’utilisateur : un compte avec ce nom existe déjà.",
    "web.people.saved": "Enregistré.",
    "web.people.disabled": "Le compte est désactivé ; ses sessions sont terminées et ses jetons ne fonctionnent plus.",
    "web.people.enabled": "Le compte est réactivé.",
    "web.people.sessions_ended": "Les sessions de la personne sont terminées.",
    "web.people.bad_grant": "Rôles, ligne {line} : « {text} » n’est pas un rôle ; écrivez officer:GOUVERNEMENT, reviewer:IDENTITÉ, viewer, viewer:GOUVERNEMENT ou admin.",
    "web.people.field.username": "Nom d’utilisateur",
    "web.people.field.display_name": "Nom",
    "web.people.field.grants": "Rôles",
    "web.people.field.admin": "Rôles",
    "web.people.field.state": "Compte",
    "web.error.proxy.title": "Cet en-tête d’authentification n’est pas accepté d’ici",
    "web.error.proxy.advice": "Rien n’a été lu ni enregistré. L’authentification unique ne fonctionne qu’à travers le proxy de la ville ; utilisez l’adresse habituelle du site.",
    "web.error.no_account.title": "Vous n’avez pas de compte actif ici",
    "web.error.no_account.advice": "Votre authentification a réussi, mais hrap n’a pas de compte actif pour vous. Demandez à un administrateur de vous inviter ou de vous réactiver.",
    "web.error.link.title": "Ce lien ne peut pas être utilisé",
    "web.error.link.advice": "Il a déjà été utilisé, remplacé par un plus récent, ou date de plus de sept jours. Demandez un nouveau lien à votre administrateur.",
    "web.problem.too_long": "au plus {limit} caractères ({given} saisis)",
    "web.problem.required": "obligatoire : à remplir",
    "web.problem.invalid_value": "cette valeur est illisible ; voir l’aide au-dessus du champ",
    "web.problem.out_of_range": "hors de ce que ce champ permet ; voir l’aide au-dessus du champ",
    "web.problem.unknown_reference": "n’appartient pas au plan ; choisissez dans la liste",
    "web.problem.history_conflict": "une version plus récente est déjà enregistrée ; vérifiez la date",
    "web.problem.inconsistent": "contredit un autre champ de ce formulaire",
    "web.problem.not_allowed": "non autorisé ici",
    "web.problem.malformed": "illisible",
    "web.problem.unknown_name": "nom inconnu",
    "web.problem.date.invalid_value": "une date comme 2025-12-31 (année, mois, jour)",
    "web.problem.value.invalid_value": "un nombre écrit comme dans cette langue (12,5), ou oui ou non pour un indicateur oui/non",
    "web.problem.percent_complete.invalid_value": "un nombre entier de 0 à 100",
    "web.problem.percent_complete.out_of_range": "un nombre entier de 0 à 100",
    "web.problem.evidence_url.invalid_value": "une adresse commençant par https://",
    "web.problem.evidence_urls.invalid_value": "une adresse par ligne, chacune commençant par https://",
    "web.problem.group.invalid_value": "écrivez chaque groupe comme critère=valeur, par exemple sex=female",
    "web.plan_edit": "Modifier le plan",
    "web.plan_edit_intro": "Chaque partie du plan, avec le nombre d’éléments. Chaque modification est vérifiée comme dans un fichier de plan, ne remplace jamais une modification plus récente d’une autre personne et reste dans l’historique.",
    "web.edit_plan_link": "Modifier le plan",
    "web.section.org_units": "Services",
    "web.section.standards": "Normes",
    "web.section.fields": "Champs d’action",
    "web.section.objectives": "Objectifs",
    "web.section.actions": "Mesures",
    "web.section.indicators": "Indicateurs",
    "web.section.budget_lines": "Lignes budgétaires",
    "web.section.participation_events": "Événements participatifs",
    "web.section.bodies": "Instances",
    "web.section.reports": "Rapports",
    "web.section.evaluations": "Évaluations",
    "web.section.not_applicable": "Mentions « sans objet »",
    "web.record.saved": "Enregistré : {what} {label}.",
    "web.record.retired": "Retiré du plan : {what} {label}. Sa dernière version reste dans l’historique.",
    "web.record.retire_refused": "Cet élément ne peut pas être retiré tant que d’autres le citent. Modifiez ou retirez d’abord ceux-ci :",
    "web.record.retire_stale": "Quelqu’un a modifié cet élément après que vous l’avez ouvert. Regardez la version actuelle ci-dessous, puis retirez-le à nouveau si vous le souhaitez toujours.",
    "web.record.retire": "Retirer cet élément du plan",
    "web.record.retire_intro": "Retirer un élément l’enlève du plan et de ses pages publiques. Rien n’est perdu : ses versions restent dans l’historique et le journal d’audit. Un élément que d’autres citent (objectifs d’un domaine, valeurs d’un indicateur, mesures d’un service) ne peut pas être retiré.",
    "web.record.retire_button": "Retirer du plan",
    "web.record.retired_list": "Éléments retirés",
    "web.record.retired_intro": "Ils ne font plus partie du plan ; leurs dernières versions restent dans le journal d’audit. Ajoutez un élément avec le même code pour en rétablir un.",
    "web.record.retired_by": "retiré par",
    "web.record.duplicate": "Un élément avec cette identité existe déjà ; ouvrez-le depuis la liste pour le modifier.",
    "web.record.new": "Nouveau : {what}",
    "web.record.one_per_line": "Un par ligne.",
    "web.record.json": "Écrit en JSON, comme dans le fichier de plan.",
    "web.record.date_hint": "Un jour (2025-12-31), un mois (2025-12) ou une année (2025).",
    "web.record.day_hint": "Un jour, comme 2025-12-31.",
    "web.record.add": "Ajouter un élément",
    "web.record.filter": "Afficher ceux dont le code ou le titre contient",
    "web.record.filter_button": "Filtrer",
    "web.record.count": "Éléments :",
    "web.record.none": "Aucun pour l’instant.",
    "web.record.pages": "Pages",
    "web.record.previous": "Page précédente",
    "web.record.next": "Page suivante",
    "web.record.history": "Historique",
    "web.record.conflict": "Quelqu’un a modifié ceci depuis que vous l’avez ouvert",
    "web.record.conflict_intro": "Rien n’a été enregistré. Sa version est maintenant enregistrée ; la vôtre est conservée dans le formulaire ci-dessous. Comparez, ajustez et enregistrez à nouveau.",
    "web.record.field": "Champ",
    "web.record.theirs": "Enregistré maintenant",
    "web.record.yours": "Le vôtre",
    "web.plan_new": "Commencer un nouveau plan",
    "web.plan_new_intro": "Partez de rien, de la structure d’un plan existant ou d’un fichier de plan. Le nouveau plan reste un projet jusqu’à sa publication.",
    "web.plan_new_empty": "Un plan vide",
    "web.plan_new_create": "Créer le plan",
    "web.plan_new_copy": "Une copie de la structure d’un autre plan",
    "web.plan_new_copy_intro": "Copie les services, normes, champs d’action, objectifs, mesures (prévues, dans la continuité de l’autre plan) et indicateurs ; ni valeurs, ni mises à jour, ni budget, ni événements, rapports ou évaluations.",
    "web.plan_new_copy_button": "Copier la structure",
    "web.plan_new_upload": "À partir d’un fichier de plan",
    "web.plan_new.source": "Le plan à copier",
    "web.plan_new.file": "Fichier de plan (JSON)",
    "web.plan_new.file_hint": "Un fichier tel que l’écrit hrap export ; tout ou rien, chaque problème listé.",
    "web.plan_new.created": "Le plan {code} est enregistré. Ajoutez-en les parties ci-dessous.",
    "web.plan_settings": "Les données du plan",
    "web.government": "Collectivité",
    "web.government_new": "Ajouter une collectivité (une ville, une région ou un département qui tiendra ses plans ici)",
    "web.plan_check": "Vérifier avant de publier",
    "web.check_intro": "Ce que la section qualité des données du rapport annuel et le score signaleraient, avec un lien vers chaque élément à corriger ; au",
    "web.check_quality": "Qualité des données",
    "web.check_score": "Le score",
    "web.check_score_none": "Aucun critère ne désigne d’élément à corriger.",
    "web.check_score_intro": "Critères sous le niveau le plus élevé, avec les éléments qui les retiennent :",
    "web.check_level": "niveau",
    "web.section.narratives": "Les mots de la ville pour chaque année de rapport",
    "web.section.commitments": "Engagements annuels des mesures continues",
    "web.todo": "À faire",
    "web.todo_none": "Rien n’est dû dans les 30 prochains jours.",
    "web.todo.value": "Saisir une valeur de",
    "web.todo.update": "Faire le point sur la mesure",
    "web.todo.no_unit": "sans service responsable",
    "web.todo.overdue": "en retard de {days} jours",
    "web.todo.due": "à rendre le {date}",
    "web.rounds": "Cycles d’évaluation",
    "web.rounds_intro": "Auto-évaluations et évaluations par les pairs du plan au regard d’un cadre d’encouragements. Vous voyez qui a soumis, jamais quoi, tant qu’un cycle anonyme est ouvert.",
    "web.rounds.state.open": "ouvert",
    "web.rounds.state.in_review": "en examen",
    "web.rounds.state.finalised": "finalisé",
    "web.rounds.submitted": "soumis le {date}",
    "web.rounds.not_started": "pas commencé",
    "web.rounds.draft": "un brouillon, non soumis",
    "web.rounds.code": "Code du cycle",
    "web.rounds.title": "Titre",
    "web.rounds.kind": "Type",
    "web.rounds.kind.self": "auto-évaluation",
    "web.rounds.kind.peer": "évaluation par les pairs",
    "web.rounds.framework": "Cadre",
    "web.rounds.as_of": "Date de référence",
    "web.rounds.blind": "Anonyme : les évaluateurs ne voient les notes des autres qu’après avoir soumis les leurs",
    "web.rounds_reviewers": "Évaluateurs",
    "web.rounds_no_reviewers": "Aucun évaluateur invité.",
    "web.rounds_invite": "Inviter un évaluateur",
    "web.rounds_close": "Finaliser le cycle",
    "web.rounds_reopen": "Rouvrir comme nouvelle version",
    "web.rounds_recommendations": "Recommandations",
    "web.rounds_no_recommendations": "Aucune pour l’instant.",
    "web.rounds_recommend": "Ajouter une recommandation du panel",
    "web.rounds_none": "Aucun cycle pour l’instant.",
    "web.rounds_respond": "Répondre à une recommandation",
    "web.rounds_respond_intro": "Désignez la recommandation par CYCLE/CODE, comme ci-dessus ; une réponse ultérieure remplace la précédente, qui reste dans l’historique.",
    "web.rounds_open": "Ouvrir un cycle",
    "web.rounds.opened": "Le cycle est ouvert ; invitez ses évaluateurs.",
    "web.rounds.invited": "L’évaluateur est invité.",
    "web.rounds.recommended": "La recommandation est enregistrée.",
    "web.rounds.responded": "La réponse de la ville est enregistrée.",
    "web.rounds.closed": "Le cycle est finalisé.",
    "web.rounds.reopened": "Le cycle est rouvert comme nouvelle version.",
    "web.check_snapshots": "Instantanés du score",
    "web.check_snapshots_intro": "Un instantané conserve le score du jour ; le prochain rapport annuel se compare au dernier enregistré avant sa date de référence.",
    "web.check_index": "indice",
    "web.check_save_snapshot": "Enregistrer le score du jour",
    "web.check.snapshot_saved": "Le score du jour est enregistré.",
    "web.publish": "Publier le rapport annuel",
    "web.publish_intro": "La publication fige le rapport et le résumé de l’année dans chaque langue, avec son lot de données ouvertes, tels que tout visiteur les voit maintenant. Ils restent ensuite tels que publiés ; un rapport publié peut être retiré avec un motif, qui reste visible.",
    "web.publish_year": "Année",
    "web.publish_button": "Publier le rapport",
    "web.publish_published": "publié",
    "web.publish_withdrawn_on": "retiré",
    "web.publish_reason": "Motif du retrait",
    "web.publish_withdraw": "Retirer ce rapport",
    "web.publish_list": "Rapports publiés",
    "web.publish_live": "Rapports calculés à partir des données du jour",
    "web.publish.done": "Le rapport {year} est publié.",
    "web.publish.unpublished_plan": "Publiez d’abord le plan : un rapport est publié tel que les visiteurs voient le plan.",
    "web.publish.already": "Le rapport {year} est déjà publié ; retirez-le d’abord, avec un motif.",
    "web.publish.withdrawn": "Le rapport {year} est retiré ; le retrait et son motif restent visibles.",
    "web.publish.reason_required": "Rien n’a été retiré : indiquez pourquoi le rapport est retiré.",
    "record.field.code": "Code",
    "record.field.title": "Titre",
    "record.field.title_translations": "Titre dans d’autres langues",
    "record.field.description": "Description",
    "record.field.standards": "Normes citées",
    "record.objective.code": "Code",
    "record.objective.title": "Titre",
    "record.objective.title_translations": "Titre dans d’autres langues",
    "record.objective.standards": "Normes citées",
    "record.action.code": "Code",
    "record.action.title": "Titre",
    "record.action.title_translations": "Titre dans d’autres langues",
    "record.action.description": "Description",
    "record.action.standards": "Normes citées",
    "record.action.external_id": "Identifiant dans un autre système",
    "record.indicator.code": "Code",
    "record.indicator.standards": "Normes citées",
    "record.indicator.external_id": "Identifiant dans un autre système",
    "record.objective.field": "Champ d’action",
    "record.objective.rationale": "Pourquoi cet objectif",
    "record.objective.rights_holder_groups": "Groupes de titulaires de droits",
    "record.action.objective": "Objectif",
    "record.action.field": "Champ d’action (mesure sans objectif)",
    "record.action.lead_unit": "Service pilote",
    "record.action.partner_units": "Services partenaires",
    "record.action.start_date": "Début",
    "record.action.end_date": "Fin",
    "record.action.status": "Statut",
    "record.action.competence": "Compétence",
    "record.action.hrba": "Approche fondée sur les droits humains (principes PANEL)",
    "record.action.continuing": "Mesure continue (d’année en année)",
    "record.action.not_a_measure": "Pas une mesure (pourquoi)",
    "record.action.continues": "Prolonge la mesure du plan précédent",
    "record.indicator.objective": "Objectif",
    "record.indicator.action": "Mesure",
    "record.indicator.name": "Nom",
    "record.indicator.name_translations": "Nom dans d’autres langues",
    "record.indicator.type": "Type (structure, processus, résultat)",
    "record.indicator.value_type": "Type de valeur",
    "record.indicator.unit": "Unité",
    "record.indicator.direction": "Quel sens est meilleur",
    "record.indicator.derived": "Calculé par hrap à partir de",
    "record.indicator.baseline_value": "Valeur de référence",
    "record.indicator.baseline_date": "Date de référence",
    "record.indicator.target_value": "Valeur cible",
    "record.indicator.target_date": "Date cible",
    "record.indicator.target_text": "Cible en mots",
    "record.indicator.milestones": "Jalons",
    "record.indicator.data_source": "Source des données",
    "record.indicator.frequency_months": "Mois entre deux valeurs",
    "record.indicator.one_off": "Mesuré une seule fois",
    "record.indicator.disaggregation": "Ventilé par",
    "record.indicator.note": "Remarque",
    "record.budget_line.action": "Mesure",
    "record.budget_line.field": "Champ d’action",
    "record.budget_line.fiscal_year": "Exercice",
    "record.budget_line.planned": "Prévu",
    "record.budget_line.allocated": "Alloué",
    "record.budget_line.spent": "Dépensé",
    "record.budget_line.currency": "Devise",
    "record.budget_line.funding_source": "Source de financement",
    "record.budget_line.budget_code": "Code budgétaire",
    "record.budget_line.external_id": "Identifiant dans un autre système",
    "record.budget_line.note": "Remarque",
    "record.org_unit.code": "Code",
    "record.org_unit.name": "Nom",
    "record.org_unit.kind": "Type",
    "record.org_unit.parent": "Rattaché à",
    "web.review.recommend": "Ajouter votre propre recommandation",
    "web.review.recommend_intro": "Une recommandation porte votre nom ; la ville y répond sur sa page des cycles. Écrivez-en une par encouragement à mettre en œuvre.",
    "record.plan.code": "Code",
    "record.plan.government": "Collectivité",
    "record.plan.title": "Titre",
    "record.plan.title_translations": "Titre dans d’autres langues",
    "record.plan.kind": "Type de plan",
    "record.plan.theme": "Thème",
    "record.plan.period_start": "Début de la période du plan",
    "record.plan.period_end": "Fin de la période du plan",
    "record.plan.review_date": "Date de révision",
    "record.plan.status": "Statut",
    "record.plan.adopted_by": "Adopté par",
    "record.plan.adoption_date": "Date d’adoption",
    "record.plan.legal_basis": "Base juridique",
    "record.plan.legal_basis_url": "Lien vers la base juridique",
    "record.plan.predecessor": "Plan précédent",
    "record.plan.predecessor_title": "Titre du plan précédent",
    "record.plan.predecessor_url": "Lien vers le plan précédent",
    "record.plan.coordinating_body": "Instance de coordination",
    "record.plan.reporting_interval_months": "Mois entre deux rapports d’avancement",
    "record.plan.documents": "Documents",
    "record.plan.language": "Langue du plan",
    "record.plan.note": "Remarque",
    "record.participation_event.code": "Code",
    "record.participation_event.title": "Titre",
    "record.participation_event.date": "Date",
    "record.participation_event.end_date": "Dernier jour",
    "record.participation_event.phase": "Phase du cycle",
    "record.participation_event.format": "Format",
    "record.participation_event.stakeholder_groups": "Groupes participants",
    "record.participation_event.participants": "Participants",
    "record.participation_event.accessibility": "Mesures d’accessibilité",
    "record.participation_event.feedback_url": "Lien vers le retour donné",
    "record.body.code": "Code",
    "record.body.name": "Nom",
    "record.body.role": "Rôle",
    "record.body.also_roles": "Autres rôles",
    "record.body.co_decision": "Codécide avec la ville",
    "record.body.internal_members": "Membres de l’administration",
    "record.body.external_members": "Membres extérieurs",
    "record.body.meetings": "Réunions",
    "record.report.code": "Code",
    "record.report.title": "Titre",
    "record.report.date": "Date",
    "record.report.period_end": "Fin de la période couverte",
    "record.report.type": "Type de rapport",
    "record.report.url": "Lien",
    "record.report.presented_to_council": "Présenté au conseil",
    "record.report.audiences": "Présenté à",
    "record.report.languages": "Langues",
    "record.report.easy_read": "Version facile à lire",
    "record.evaluation.code": "Code",
    "record.evaluation.title": "Titre",
    "record.evaluation.stage": "Étape",
    "record.evaluation.evaluator": "Évaluateur",
    "record.evaluation.date": "Date",
    "record.evaluation.url": "Lien",
    "record.evaluation.recommendations": "Recommandations",
    "record.evaluation.of_predecessor": "Évalue le plan précédent",
    "record.not_applicable.framework": "Cadre",
    "record.not_applicable.encouragement": "Encouragement",
    "record.not_applicable.criterion": "Critère",
    "record.not_applicable.reason": "Pourquoi il ne s’applique pas"
  },
  "frameworks": {
    "hrgl-2023": {
      "status": "machine_suggested",
      "title": "Gouverner la ville par des objectifs de droits humains : concepts et instruments de gestion",
      "encouragements": [
        {"number": 1, "short_title": "Objectifs de droits humains dans les objectifs de gestion", "text": "Les objectifs de droits humains font partie des objectifs stratégiques et de gestion de la ville."},
        {"number": 2, "short_title": "Budgétisation fondée sur les droits humains", "text": "Les budgets sont préparés et présentés en tenant compte des droits humains."},
        {"number": 3, "short_title": "Achats publics respectueux des droits", "text": "Les achats publics respectent et promeuvent les droits humains dans les chaînes d'approvisionnement et les services."},
        {"number": 4, "short_title": "Procédures de suivi et indicateurs", "text": "Des procédures de suivi et des indicateurs de droits humains sont intégrés aux systèmes de gestion."},
        {"number": 5, "short_title": "Associer les populations", "text": "Les populations, en particulier les groupes défavorisés, sont associées aux décisions qui les concernent."},
        {"number": 6, "short_title": "Transparence et information impartiale", "text": "La ville informe le public de manière transparente et impartiale sur son action en matière de droits humains."},
        {"number": 7, "short_title": "Outils numériques et IA respectueux des droits", "text": "Les outils numériques et l'intelligence artificielle utilisés par la ville respectent les droits humains."},
        {"number": 8, "short_title": "Ressources humaines et formation", "text": "Les ressources humaines sont bien employées et le personnel est formé aux droits humains."},
        {"number": 9, "short_title": "Étude d'impact", "text": "Les politiques et les budgets sont évalués quant à leur impact sur les droits humains avant toute décision."},
        {"number": 10, "short_title": "Normes de service", "text": "Les services publics respectent des normes de disponibilité, d'accessibilité, d'acceptabilité et de qualité."},
        {"number": 11, "short_title": "Voies de recours", "text": "Les habitants peuvent porter plainte et obtenir réparation par des voies accessibles, comme un médiateur."},
        {"number": 12, "short_title": "Réseaux et apprentissage entre pairs", "text": "La ville participe à des réseaux et apprend de ses pairs."}
      ]
    },
    "hrgl-2024": {
      "status": "machine_suggested",
      "title": "La redevabilité en action : les plans d'action pour les droits humains des collectivités locales",
      "encouragements": [
        {"number": 1, "short_title": "Un engagement formel et durable", "text": "Le conseil municipal adopte formellement le plan d'action pour les droits humains et l'ancre de sorte qu'il survive aux changements de majorité."},
        {"number": 2, "short_title": "Un état des lieux fondé sur les droits", "text": "Le plan repose sur une étude de la situation des droits humains dans la ville, afin de mesurer les progrès à partir d'un point de départ connu."},
        {"number": 3, "short_title": "Des objectifs ancrés dans les normes", "text": "Les objectifs sont explicitement ancrés dans les normes internationales, régionales et nationales de droits humains."},
        {"number": 4, "short_title": "Cohérence entre niveaux de gouvernement", "text": "Le plan est cohérent avec les politiques nationales et régionales de droits humains et avec les objectifs de développement durable localisés."},
        {"number": 5, "short_title": "Participation des titulaires de droits", "text": "Les titulaires de droits, en particulier les groupes menacés d'exclusion, participent à la conception, à la mise en œuvre et à l'examen du plan."},
        {"number": 6, "short_title": "Des objectifs mesurables", "text": "Les objectifs sont mesurables, avec des valeurs de départ, des cibles, des jalons et des indicateurs de résultat."},
        {"number": 7, "short_title": "Des mesures avec responsables et calendriers", "text": "Chaque mesure a un service responsable et un calendrier, et les retards sont visibles."},
        {"number": 8, "short_title": "Ancrage dans le budget", "text": "Le plan est ancré dans le budget municipal : les mesures sont financées et leurs dépenses sont présentées."},
        {"number": 9, "short_title": "Indicateurs de droits humains et données ventilées", "text": "Les progrès sont mesurés par des indicateurs de droits humains, ventilés selon les motifs de discrimination pertinents localement."},
        {"number": 10, "short_title": "Un suivi indépendant et régulier", "text": "Un organe indépendant, comprenant des membres extérieurs à l'administration, suit régulièrement le plan."},
        {"number": 11, "short_title": "Des rapports publics et accessibles", "text": "La ville rend compte publiquement et régulièrement du plan, dans des formats et des langues accessibles."},
        {"number": 12, "short_title": "Évaluation, apprentissage et renouvellement", "text": "Le plan est évalué, la ville répond aux recommandations et le plan suivant s'appuie sur les enseignements tirés."},
        {"number": 13, "short_title": "Compétences du personnel et intégration transversale", "text": "Le personnel de toute l'administration est en mesure d'appliquer une approche fondée sur les droits humains dans son travail quotidien."},
        {"number": 14, "short_title": "Échanges et apprentissage entre pairs", "text": "La ville échange avec d'autres villes et réseaux et apprend d'eux."}
      ]
    }
  },
    "hints": {
        "action.code": "Code, p. ex. « 2.1.3 ».",
        "action.competence": "Compétence propre, partagée ou seulement plaidoyer.",
        "action.continues": "Code de la mesure du plan précédent que celle-ci poursuit (dans un plan successeur).",
        "action.continuing": "Un programme sans achèvement, jugé sur ses engagements annuels ; jamais en retard.",
        "action.description": "Description.",
        "action.end_date": "Fin prévue.",
        "action.external_id": "Identifiant dans le système budgétaire ou ERP.",
        "action.field": "Code du domaine d’action, pour une mesure placée directement dessous (ou l’objectif, pas les deux).",
        "action.hrba": "Principes de l’approche fondée sur les droits humains appliqués.",
        "action.lead_unit": "Code du service pilote.",
        "action.not_a_measure": "Pourquoi cette entrée n’est pas une mesure (une annexe budgétaire, une obligation de rapport) : aucun total ne la compte.",
        "action.objective": "Code de l’objectif (ou du domaine, pas les deux).",
        "action.partner_units": "Codes des services partenaires.",
        "action.standards": "Codes des normes qu’elle met en œuvre.",
        "action.start_date": "Début prévu.",
        "action.status": "État prévu ou dernier état rapporté.",
        "action.title": "Titre.",
        "action.title_translations": "Le titre dans d’autres langues, par code de langue : {\"eu\": \"…\"}.",
        "body.also_roles": "Autres rôles, p. ex. le suivi pour un conseil consultatif.",
        "body.co_decision": "L’organe codécide : son accord est requis, pas seulement son avis.",
        "body.code": "Code, p. ex. « CDH ».",
        "body.external_members": "Membres extérieurs (société civile, experts).",
        "body.internal_members": "Membres issus de l’administration.",
        "body.meetings": "Réunions tenues.",
        "body.name": "Nom.",
        "body.role": "Coordination, suivi ou conseil : son rôle principal.",
        "budget_line.action": "Code de la mesure ; aucun pour une enveloppe (d’un domaine ou du plan).",
        "budget_line.allocated": "Montant alloué dans le budget adopté.",
        "budget_line.budget_code": "Programme ou centre de coûts.",
        "budget_line.currency": "Code de devise ISO 4217.",
        "budget_line.external_id": "Identifiant dans le système budgétaire ou ERP.",
        "budget_line.field": "Code du domaine financé par une enveloppe (aucune mesure).",
        "budget_line.fiscal_year": "Exercice budgétaire.",
        "budget_line.funding_source": "D’où vient l’argent.",
        "budget_line.note": "Ce que couvrent les montants ou d’où ils viennent (une page du budget, une subvention).",
        "budget_line.planned": "Montant prévu dans le plan.",
        "budget_line.spent": "Montant dépensé.",
        "evaluation.code": "Code, p. ex. « EV1 ».",
        "evaluation.date": "Date du rapport d’évaluation.",
        "evaluation.evaluator": "Interne ou externe.",
        "evaluation.of_predecessor": "Elle a évalué le plan précédent, sur lequel ce plan s’appuie.",
        "evaluation.recommendations": "Recommandations et réponses de la ville.",
        "evaluation.stage": "À mi-parcours ou finale.",
        "evaluation.title": "Titre.",
        "evaluation.url": "Lien vers le rapport.",
        "field.code": "Code, p. ex. « 2 ».",
        "field.description": "Description.",
        "field.standards": "Codes des normes que le domaine met en œuvre (reprises par ses objectifs).",
        "field.title": "Titre.",
        "field.title_translations": "Le titre dans d’autres langues, par code de langue : {\"eu\": \"…\"}.",
        "government.code": "Code court, p. ex. « AT-rivertown ».",
        "government.country": "Code pays ISO 3166-1 alpha-2.",
        "government.level": "Niveau de collectivité.",
        "government.name": "Nom officiel.",
        "government.networks": "Réseaux dont elle est membre, p. ex. ECCAR, CGLU.",
        "government.population": "Habitants.",
        "indicator.action": "Code de la mesure (ou de l’objectif ; ni l’un ni l’autre : le plan).",
        "indicator.baseline_date": "Date de la valeur initiale.",
        "indicator.baseline_value": "Valeur à la date de référence initiale.",
        "indicator.code": "Code, p. ex. « 2.1.a ».",
        "indicator.data_source": "D’où viennent les valeurs.",
        "indicator.derived": "Une valeur que hrap calcule à partir des données du plan au lieu de valeurs saisies : measures_implemented ou measures_on_calendar.",
        "indicator.direction": "Quel sens est meilleur : hausse, baisse, maintien, ou aucun pour un simple comptage.",
        "indicator.disaggregation": "Critères selon lesquels les données sont ventilées.",
        "indicator.external_id": "Identifiant dans un système externe.",
        "indicator.frequency_months": "Mois entre deux valeurs.",
        "indicator.milestones": "Cibles intermédiaires.",
        "indicator.name": "Ce qui est mesuré.",
        "indicator.name_translations": "Le nom dans d’autres langues, par code de langue : {\"eu\": \"…\"}.",
        "indicator.note": "Comment lire les valeurs.",
        "indicator.objective": "Code de l’objectif (ou de la mesure ; ni l’un ni l’autre : le plan).",
        "indicator.one_off": "Mesuré une seule fois (une étude, un comptage ponctuel) : une fois renseigné, il n’est ni périmé ni dû.",
        "indicator.standards": "Codes des normes qu’il mesure.",
        "indicator.target_date": "Date à laquelle la cible doit être atteinte.",
        "indicator.target_text": "La cible en mots, pour un indicateur qualitatif.",
        "indicator.target_value": "Valeur visée à la date cible.",
        "indicator.type": "Indicateur structurel, de processus ou de résultat (HCDH).",
        "indicator.unit": "Unité, p. ex. « % », « ménages », « points de pourcentage ».",
        "indicator.value_type": "Des nombres, ou des réponses oui/non.",
        "measurement.date": "Date de référence, ou dernier jour de la période.",
        "measurement.disaggregation": "Groupe, p. ex. {\"sex\": \"female\"} ; {} pour le total.",
        "measurement.evidence_url": "Lien vers la preuve.",
        "measurement.indicator": "Code de l’indicateur.",
        "measurement.judged_status": "Pour un indicateur qualitatif, au lieu d’une valeur : où en est la cible, selon l’appréciation du service.",
        "measurement.new_method": "La valeur suit une nouvelle définition ou méthode : elle n’est pas comparée aux valeurs antérieures.",
        "measurement.note": "Remarque.",
        "measurement.period_start": "Premier jour de la période, si la valeur en couvre une.",
        "measurement.public": "Peut apparaître sur les pages publiques.",
        "measurement.source": "Source de la valeur.",
        "measurement.value": "La valeur (1/0 ou true/false pour les indicateurs oui/non).",
        "not_applicable.criterion": "Identifiant d’un critère ; vide pour tout l’encouragement.",
        "not_applicable.encouragement": "Numéro de l’encouragement.",
        "not_applicable.framework": "Identifiant du cadre, p. ex. hrgl-2024.",
        "not_applicable.reason": "Pourquoi cela ne relève pas de la compétence de la collectivité.",
        "objective.code": "Code, p. ex. « 2.1 ».",
        "objective.field": "Code du domaine d’action.",
        "objective.rationale": "Pourquoi l’objectif compte.",
        "objective.rights_holder_groups": "Groupes de titulaires de droits prioritaires.",
        "objective.standards": "Codes des normes dans lesquelles il est ancré.",
        "objective.title": "Titre.",
        "objective.title_translations": "Le titre dans d’autres langues, par code de langue : {\"eu\": \"…\"}.",
        "org_unit.code": "Code court, p. ex. « SOC ».",
        "org_unit.kind": "Direction, agence ou partenaire externe.",
        "org_unit.name": "Nom.",
        "org_unit.parent": "Code du service dont elle relève (une direction pour un bureau).",
        "participation_event.accessibility": "Mesures d’accessibilité proposées.",
        "participation_event.code": "Code, p. ex. « P1 ».",
        "participation_event.date": "Date (le premier jour d’un événement sur plusieurs jours).",
        "participation_event.end_date": "Dernier jour d’un événement sur plusieurs jours, p. ex. une consultation.",
        "participation_event.feedback_url": "Retour publié aux participants.",
        "participation_event.format": "Comment les personnes ont participé.",
        "participation_event.participants": "Nombre de participants.",
        "participation_event.phase": "Étape du cycle des politiques.",
        "participation_event.stakeholder_groups": "Groupes qui ont participé.",
        "participation_event.title": "Titre.",
        "plan.adopted_by": "Qui a adopté le plan.",
        "plan.adoption_date": "Date d’adoption.",
        "plan.code": "Code court sous lequel on cite le plan, p. ex. « rivertown-2023 ».",
        "plan.coordinating_body": "Code de l’organe de coordination.",
        "plan.documents": "Documents publiés du plan.",
        "plan.government": "Code de la collectivité qui a adopté le plan.",
        "plan.kind": "Global, ou thématique avec un thème.",
        "plan.language": "Langue des titres et textes du plan, p. ex. fr (aucune : en).",
        "plan.legal_basis": "Base juridique (délibération, texte).",
        "plan.legal_basis_url": "Lien vers la base juridique.",
        "plan.note": "Comment le plan a été saisi : les sources de ses données, ce qui est estimé.",
        "plan.period_end": "Dernier jour de la période ; aucun pour un plan sans échéance.",
        "plan.period_start": "Premier jour de la période du plan.",
        "plan.predecessor": "Code du plan auquel celui-ci succède.",
        "plan.predecessor_title": "Titre du plan précédent, s’il n’est pas dans hrap.",
        "plan.predecessor_url": "Où le plan précédent est publié.",
        "plan.reporting_interval_months": "Mois entre les rapports d’avancement fixés par le plan, p. ex. 24 pour des rapports bisannuels.",
        "plan.review_date": "Date de révision d’un plan sans échéance (les mesures sont dues d’ici là).",
        "plan.status": "Étape du cycle de vie.",
        "plan.theme": "Thème d’un plan thématique.",
        "plan.title": "Titre du plan.",
        "plan.title_translations": "Le titre dans d’autres langues, par code de langue : {\"eu\": \"…\"}.",
        "progress_update.action": "Code de la mesure.",
        "progress_update.date": "Date que décrit le point d’avancement.",
        "progress_update.evidence_urls": "Liens vers des preuves.",
        "progress_update.narrative": "Ce qui s’est passé.",
        "progress_update.percent_complete": "Taux de réalisation en pour cent, 0–100.",
        "progress_update.public": "Peut apparaître sur les pages publiques.",
        "progress_update.status": "État de la mesure à cette date.",
        "recommendation.actions": "Codes des mesures qu’elle concerne.",
        "recommendation.code": "Code de la recommandation, p. ex. « R1 ».",
        "recommendation.encouragement": "Numéro de l’encouragement qu’elle concerne.",
        "recommendation.objectives": "Codes des objectifs qu’elle concerne.",
        "recommendation.reviewer": "Qui l’a formulée (par défaut : le panel).",
        "recommendation.text": "La recommandation.",
        "recommendation_response.decision": "Acceptée, partiellement acceptée ou rejetée.",
        "recommendation_response.follow_up_actions": "Codes des mesures qui y donnent suite.",
        "recommendation_response.reason": "Pourquoi : les raisons de la ville.",
        "recommendation_response.recommendation": "La recommandation, « CYCLE/CODE ».",
        "report.audiences": "À qui il a été présenté : conseil, exécutif, parlement, public.",
        "report.code": "Code, p. ex. « R2024 ».",
        "report.date": "Date de publication.",
        "report.easy_read": "A une version facile à lire.",
        "report.languages": "Langues dans lesquelles il est publié.",
        "report.period_end": "Dernier jour de la période couverte (par défaut : la période de rapport achevée avant sa parution).",
        "report.presented_to_council": "Présenté au conseil.",
        "report.title": "Titre.",
        "report.type": "Type de rapport.",
        "report.url": "Lien.",
        "report_narrative.part": "Quelle partie du rapport ils constituent.",
        "report_narrative.subject": "Pour une explication : le domaine ou la mesure qu’elle explique.",
        "report_narrative.text": "Les mots de la ville (texte brut ; le Markdown est affiché tel que saisi).",
        "report_narrative.year": "L’année du rapport à laquelle se rapportent ces mots.",
        "reviewer.affiliation": "Organisation et fonction.",
        "reviewer.code": "Identifiant sous lequel la personne évalue, p. ex. « m.kovac ».",
        "reviewer.conflict_of_interest": "Le conflit d’intérêts déclaré, ou « none ».",
        "reviewer.home_city": "Ville ou région pour laquelle la personne travaille (code ou nom).",
        "reviewer.name": "Nom complet.",
        "standard.code": "Référence, p. ex. « ICESCR art. 11 » ou « SDG 11.1 ».",
        "standard.label": "Ce qu’elle dit, en quelques mots.",
        "standard.type": "Type de norme.",
        "standard.url": "Lien vers le texte.",
        "yearly_commitment.action": "Code de la mesure permanente.",
        "yearly_commitment.commitments": "Ce à quoi la mesure s’est engagée pour l’année.",
        "yearly_commitment.note": "Pourquoi, si certains n’ont pas été tenus.",
        "yearly_commitment.percent_met": "Part des engagements de l’année tenus, 0–100 (vide jusqu’à l’évaluation).",
        "yearly_commitment.year": "L’année civile des engagements."
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
<p>{{labels.cover_year}}: {{cover.year}} · {{labels.cover_as_of}}: {{cover.as_of}}{{#cover.languages}} · {{.}}{{/cover.languages}}</p>
<p>{{labels.cover_framework}}: {{#cover.framework}}{{>content.html}}{{/cover.framework}}. {{cover.framework_status}}{{#cover.framework_translation}} {{.}}{{/cover.framework_translation}}</p>
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
{{#headline}}
<li><strong>{{#name}}{{>content.html}}{{/name}}</strong>: {{summary}}</li>
{{/headline}}
{{#findings}}
<li>{{.}}</li>
{{/findings}}
</ul>
{{#measures.chart}}{{>figure.html}}{{/measures.chart}}
{{>commitments.html}}
</section>
{{>narrative.html}}
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
<p>{{labels.scorecard_explained}}</p>
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
<thead><tr><th scope="col">{{labels.table_indicator}}</th><th scope="col" class="number">{{labels.table_previous}}</th><th scope="col" class="number">{{labels.table_latest}}</th><th scope="col">{{labels.table_cause}}</th></tr></thead>
<tbody>
{{#backwards.rows}}
<tr><th scope="row">{{code}} {{#name}}{{>content.html}}{{/name}}</th><td class="number">{{previous}} ({{previous_date}})</td><td class="number">{{latest}} ({{date}})</td><td>{{#cause}}{{>content.html}}{{/cause}}{{^cause}}–{{/cause}}</td></tr>
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
<tr><td>{{code}}</td><td>{{#text}}{{>content.html}}{{/text}}</td><td>{{addressed}}{{^addressed}}–{{/addressed}}</td><td>{{response}}{{#reason}}: {{>content.html}}{{/reason}}</td><td>{{date}}{{^date}}–{{/date}}</td></tr>
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

{{cover.government.text}} · {{cover.period}} · {{labels.cover_as_of}} {{cover.as_of}}{{#cover.languages}} · {{.}}{{/cover.languages}}

{{#cover.unpublished}}
> **{{labels.cover_unpublished}}**

{{/cover.unpublished}}
{{labels.cover_framework}}: {{cover.framework.text}}. {{cover.framework_status}}{{#cover.framework_translation}} {{.}}{{/cover.framework_translation}}

## {{labels.section_findings}}

{{#headline}}
- **{{name.text}}**: {{summary}}
{{/headline}}
{{#findings}}
- {{.}}
{{/findings}}

{{>commitments.md}}
{{>narrative.md}}

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

{{labels.scorecard_explained}}

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
| {{labels.table_indicator}} | {{labels.table_previous}} | {{labels.table_latest}} | {{labels.table_cause}} |
|---|---|---|---|
{{#backwards.rows}}
| {{code}} {{name.text}} | {{previous}} ({{previous_date}}) | {{latest}} ({{date}}) | {{cause.text}}{{^cause}}–{{/cause}} |
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
| {{code}} | {{text.text}} | {{addressed}}{{^addressed}}–{{/addressed}} | {{response}}{{#reason}}: {{text}}{{/reason}} | {{date}}{{^date}}–{{/date}} |
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
        "reports/commitments.html.mustache": #####"""
{{#commitments}}
<h3 id="commitments">{{labels.section_commitments}} {{year}}</h3>
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_measure}}</th><th scope="col">{{labels.table_commitments}}</th><th scope="col" class="number">{{labels.table_met}}</th><th scope="col">{{labels.web_note}}</th></tr></thead>
<tbody>
{{#rows}}
<tr><th scope="row">{{code}} {{#title}}{{>content.html}}{{/title}}</th><td>{{#commitments}}{{>content.html}}{{/commitments}}</td><td class="number">{{met}} · {{band}}</td><td>{{#note}}{{>content.html}}{{/note}}{{^note}}–{{/note}}</td></tr>
{{/rows}}
</tbody>
</table></div>
{{/commitments}}

"""#####,
        "reports/commitments.md.mustache": #####"""
{{#commitments}}
### {{labels.section_commitments}} {{year}}

| {{labels.table_measure}} | {{labels.table_commitments}} | {{labels.table_met}} | {{labels.web_note}} |
| --- | --- | ---: | --- |
{{#rows}}
| {{code}} {{title.text}} | {{commitments.text}} | {{met}} · {{band}} | {{note.text}}{{^note}}–{{/note}} |
{{/rows}}

{{/commitments}}

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
        "reports/narrative.html.mustache": #####"""
{{#narrative.any}}
<section id="narrative" aria-labelledby="narrative-heading">
<h2 id="narrative-heading">{{labels.section_narrative}} ({{narrative.year}})</h2>
<p class="note">{{labels.narrative_note}}</p>
{{#narrative.foreword}}<h3>{{labels.narrative_foreword}}</h3>
<p>{{>content.html}}</p>{{/narrative.foreword}}
{{#narrative.achievements}}<h3>{{labels.narrative_achievements}}</h3>
<p>{{>content.html}}</p>{{/narrative.achievements}}
{{#narrative.challenges}}<h3>{{labels.narrative_challenges}}</h3>
<p>{{>content.html}}</p>{{/narrative.challenges}}
{{#narrative.commitments}}<h3>{{labels.narrative_commitments}}</h3>
<p>{{>content.html}}</p>{{/narrative.commitments}}
{{#narrative.has_explanations}}<h3>{{labels.narrative_explanations}}</h3>
<dl>
{{#narrative.explanations}}<dt>{{subject}} {{#title}}{{>content.html}}{{/title}}</dt><dd>{{#text}}{{>content.html}}{{/text}}</dd>
{{/narrative.explanations}}
</dl>{{/narrative.has_explanations}}
</section>
{{/narrative.any}}

"""#####,
        "reports/narrative.md.mustache": #####"""
{{#narrative.any}}

## {{labels.section_narrative}} ({{narrative.year}})

{{labels.narrative_note}}
{{#narrative.foreword}}

### {{labels.narrative_foreword}}

{{text}}
{{/narrative.foreword}}
{{#narrative.achievements}}

### {{labels.narrative_achievements}}

{{text}}
{{/narrative.achievements}}
{{#narrative.challenges}}

### {{labels.narrative_challenges}}

{{text}}
{{/narrative.challenges}}
{{#narrative.commitments}}

### {{labels.narrative_commitments}}

{{text}}
{{/narrative.commitments}}
{{#narrative.has_explanations}}

### {{labels.narrative_explanations}}

{{#narrative.explanations}}
- **{{subject}} {{title.text}}**: {{text.text}}
{{/narrative.explanations}}
{{/narrative.has_explanations}}
{{/narrative.any}}

"""#####,
        "reports/style.css.mustache": #####"""
:root { color: #1a1a1a; background: #ffffff; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; font-size: 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; display: inline-block; padding: .5rem; background: #ffffff; outline: 3px solid #1f4e79; }
a { color: #1f4e79; }
a:focus, summary:focus { outline: 3px solid #b35900; outline-offset: 2px; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h1, h2, h3, h4, p, li, dd { overflow-wrap: break-word; hyphens: auto; }
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
figure svg { width: 100%; max-width: 40rem; display: block; overflow: visible; }
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
{{#headline}}
<li><strong>{{#name}}{{>content.html}}{{/name}}</strong>: {{summary}}</li>
{{/headline}}
{{#findings}}
<li>{{.}}</li>
{{/findings}}
</ul>
{{#measures.chart}}{{>figure.html}}{{/measures.chart}}
</section>
{{>narrative.html}}
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
<li>{{code}} {{#name}}{{>content.html}}{{/name}}: {{latest}} ({{date}}), {{labels.table_previous}}: {{previous}} ({{previous_date}}){{#cause}} — {{>content.html}}{{/cause}}</li>
{{/backwards.rows}}
</ul>
</section>
<section id="scorecard" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">{{labels.section_scorecard}}</h2>
<p>{{labels.scorecard_index}}: <strong>{{scorecard.index}}</strong> ({{scorecard.percent}}). {{labels.score_rule}}</p>
<p>{{labels.scorecard_explained}}</p>
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

{{#headline}}
- **{{name.text}}**: {{summary}}
{{/headline}}
{{#findings}}
- {{.}}
{{/findings}}
{{>narrative.md}}

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
- {{code}} {{name.text}}: {{latest}} ({{date}}), {{labels.table_previous}}: {{previous}} ({{previous_date}}){{#cause.text}} — {{.}}{{/cause.text}}
{{/backwards.rows}}

## {{labels.section_scorecard}}

{{labels.scorecard_index}}: **{{scorecard.index}}** ({{scorecard.percent}}). {{labels.score_rule}}

{{labels.scorecard_explained}}

"""#####,
        "security/common-passwords.txt": #####"""
# Common passwords of 12 characters or more, one per line, compared without case: a password on this list is
# refused (NIST SP 800-63B section 5.1.1.2). A small list written from the patterns that public breach lists show
# most often (digit runs, keyboard walks, "password" with digits, seasons and years); replace or extend it with a
# larger list for your city (lines starting with # are comments).
123456789012
1234567890123
12345678901234
123456789123
123456123456
121212121212
111111111111
000000000000
999999999999
987654321000
123123123123
112233445566
aaaaaaaaaaaa
abcdefghijkl
abc123456789
abcd12345678
qwertyuiopas
qwertyuiop12
qwertyuiop123
qwerty123456
qwerty1234567
qwertyqwerty
asdfghjkl123
asdfghjklqwe
zxcvbnm12345
1q2w3e4r5t6y
1q2w3e4r5t6y7u
q1w2e3r4t5y6
1qaz2wsx3edc
zaq12wsxcde3
qazwsxedcrfv
azertyuiop12
qwertzuiop12
password1234
password12345
password123456
passwordpassword
password1234!
passw0rd1234
p@ssw0rd1234
p@ssword1234
mypassword123
iloveyou1234
iloveyou12345
welcome12345
welcome@1234
letmein12345
changeme1234
changeme12345
trustno11234
administrator
administrator1
admin12345678
adminadmin123
sunshine1234
princess1234
dragon123456
football1234
baseball1234
starwars1234
whatever1234
superman1234
michael12345
liverpool123
chelsea12345
monkey123456
shadow123456
master123456
summer2024!!
winter2024!!
spring2025!!
autumn2025!!
summer2025!!
winter2025!!
summer2026!!
winter2026!!
passwort1234
passwort12345
hallo1234567
motdepasse12
motdepasse123
contrasena12
contraseña12
contrasena123
humanrights1
humanrights12
humanrights123

"""#####,
        "web/accessibility.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_accessibility}}{{/title}}
{{$content}}
<h1>{{labels.web_accessibility}}</h1>
<h2>{{labels.web_a11y_state_title}}</h2>
<p>{{labels.web_a11y_state}}</p>
<h2>{{labels.web_a11y_checked_title}}</h2>
<p>{{labels.web_a11y_checked}}</p>
<h2>{{labels.web_a11y_gaps_title}}</h2>
<ul>
<li>{{labels.web_a11y_gap_charts}}</li>
<li>{{labels.web_a11y_gap_content}}</li>
<li>{{labels.web_a11y_gap_errors}}</li>
</ul>
<h2>{{labels.web_a11y_contact_title}}</h2>
<p>{{labels.web_a11y_contact}} <strong>{{contact}}</strong></p>
{{/content}}
{{/site.html}}

"""#####,
        "web/account.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_account}}{{/title}}
{{$content}}
<h1>{{labels.web_account}}: {{name}}</h1>
<p>{{labels.web_username}}: <strong>{{username}}</strong></p>
<h2>{{labels.web_roles}}</h2>
<ul>{{#grants}}<li>{{.}}</li>{{/grants}}</ul>
{{#has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h2 id="error-heading">{{labels.web_form_problem}}</h2>
<p>{{labels.web_form_nothing_saved}}</p>
<ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul>
</div>
{{/has_errors}}
{{#new_token}}
<div class="message" role="status">
<p>✔ {{labels.web_account_token_created}}</p>
<p><code id="new-token">{{.}}</code></p>
</div>
{{/new_token}}
<section aria-labelledby="sessions-heading">
<h2 id="sessions-heading">{{labels.web_account_sessions}}</h2>
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_account_sessions}}</caption>
<thead><tr><th scope="col">{{labels.web_account_client}}</th><th scope="col">{{labels.web_account_began}}</th><th scope="col">{{labels.web_account_last_seen}}</th><th scope="col">{{labels.web_account_end}}</th></tr></thead>
<tbody>
{{#sessions}}
<tr><td>{{client}} ({{method}}){{#current}} — <strong>{{labels.web_account_this_session}}</strong>{{/current}}</td><td>{{created}}</td><td>{{last_seen}}</td>
<td><form method="post" action="/account/sessions/end"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="session" value="{{id}}"><button type="submit">{{labels.web_account_end}}<span class="visually-hidden"> {{client}} {{created}}</span></button></form></td></tr>
{{/sessions}}
</tbody>
</table></div>
<form method="post" action="/account/sessions/end"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit">{{labels.web_account_end_all}}</button></p></form>
</section>
<section aria-labelledby="password-heading">
<h2 id="password-heading">{{labels.web_account_password}}</h2>
<form method="post" action="/account/password">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field"><label for="account-username">{{labels.web_username}}</label>
<input type="text" id="account-username" name="username" value="{{username}}" autocomplete="username" readonly></div>
<div class="form-field"><label for="current">{{labels.web_account_current_password}}</label>
<input type="password" id="current" name="current" autocomplete="current-password" maxlength="256" required></div>
<div class="form-field"><label for="password">{{labels.web_new_password}} <span class="hint">{{rules}}</span></label>
<input type="password" id="password" name="password" autocomplete="new-password" maxlength="256" required></div>
<div class="form-field"><label for="repeat">{{labels.web_repeat_password}}</label>
<input type="password" id="repeat" name="repeat" autocomplete="new-password" maxlength="256" required></div>
<p><button type="submit">{{labels.web_account_change_password}}</button></p>
</form>
</section>
<section aria-labelledby="tokens-heading">
<h2 id="tokens-heading">{{labels.web_account_tokens}}</h2>
<p>{{labels.web_account_tokens_intro}}</p>
{{#has_tokens}}
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_account_tokens}}</caption>
<thead><tr><th scope="col">{{labels.web_account_token_name}}</th><th scope="col">{{labels.web_roles}}</th><th scope="col">{{labels.web_account_token_expires}}</th><th scope="col">{{labels.web_account_token_state}}</th><th scope="col">{{labels.web_account_revoke}}</th></tr></thead>
<tbody>
{{/has_tokens}}
{{#tokens}}
<tr><td>{{name}}</td><td>{{role}} {{scope}}</td><td>{{expires}}</td><td>{{state}}</td>
<td>{{#active}}<form method="post" action="/account/tokens/revoke"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="token" value="{{name}}"><button type="submit">{{labels.web_account_revoke}}<span class="visually-hidden"> {{name}}</span></button></form>{{/active}}</td></tr>
{{/tokens}}
{{#has_tokens}}
</tbody>
</table></div>
{{/has_tokens}}
<form method="post" action="/account/tokens">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field"><label for="token-name">{{labels.web_account_token_name}}</label>
<input type="text" id="token-name" name="name" maxlength="60" required></div>
<div class="form-field"><label for="token-grant">{{labels.web_roles}}</label>
<select id="token-grant" name="grant">{{#grant_options}}<option value="{{value}}">{{label}}</option>{{/grant_options}}</select></div>
<div class="form-field"><label for="token-expires">{{labels.web_account_token_expires}} <span class="hint">{{labels.web_account_token_expires_hint}}</span></label>
<input type="text" id="token-expires" name="expires" inputmode="numeric" maxlength="10"></div>
<p><button type="submit">{{labels.web_account_create_token}}</button></p>
</form>
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/action.html.mustache": #####"""
{{<site.html}}
{{$title}}{{action.code}} {{action.title.text}}{{/title}}
{{$content}}
<p><a href="{{plan.href}}">{{#plan.title}}{{>content.html}}{{/plan.title}}</a></p>
<h1>{{labels.table_measure}} {{action.code}}: {{#action.title}}{{>content.html}}{{/action.title}}</h1>
{{#action}}
{{#description.text}}<p>{{#description}}{{>content.html}}{{/description}}</p>{{/description.text}}
<dl>
<dt>{{labels.table_status}}</dt><dd class="status">{{status.label}}</dd>
{{#objective}}<dt>{{labels.web_objective}}</dt><dd>{{code}} {{#title}}{{>content.html}}{{/title}}</dd>{{/objective}}
<dt>{{labels.table_lead}}</dt><dd>{{#lead}}{{>content.html}}{{/lead}}{{^lead}}–{{/lead}}</dd>
{{#has_partners}}<dt>{{labels.web_partners}}</dt><dd>{{#partners}}{{>content.html}}; {{/partners}}</dd>{{/has_partners}}
<dt>{{labels.table_dates}}</dt><dd>{{start}}{{^start}}–{{/start}} – {{end}}{{^end}}–{{/end}}</dd>
</dl>
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">{{labels.web_timeline}}</h2>
{{^has_timeline}}<p>{{labels.web_no_updates}}</p>{{/has_timeline}}
{{#has_timeline}}
<ol class="timeline">
{{#timeline}}
<li{{^current}} class="superseded"{{/current}}><p><strong><time datetime="{{iso_date}}">{{date}}</time>: {{status}}</strong>{{#percent}} · {{.}}{{/percent}}{{^current}} · ⨯ {{labels.web_superseded}}{{/current}}</p>
{{#narrative.text}}<p>{{#narrative}}{{>content.html}}{{/narrative}}</p>{{/narrative.text}}
{{#has_evidence}}<ul>{{#evidence}}<li>{{#href}}<a href="{{.}}" rel="nofollow noopener">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}</li>{{/evidence}}</ul>{{/has_evidence}}
{{#recorded}}<p class="hint">{{labels.web_recorded}}: {{.}}</p>{{/recorded}}
</li>
{{/timeline}}
</ol>
{{/has_timeline}}
</section>
<section aria-labelledby="budget-heading">
<h2 id="budget-heading">{{labels.section_budget}}</h2>
{{^has_budget}}<p>{{labels.budget_none}}</p>{{/has_budget}}
{{#has_budget}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_year}}</th><th scope="col" class="number">{{labels.budget_planned}}</th><th scope="col" class="number">{{labels.budget_allocated}}</th><th scope="col" class="number">{{labels.budget_spent}}</th><th scope="col">{{labels.web_funding}}</th></tr></thead>
<tbody>
{{#budget}}
<tr><th scope="row">{{year}}</th><td class="number">{{planned}}{{^planned}}–{{/planned}} {{currency}}</td><td class="number">{{allocated}}{{^allocated}}–{{/allocated}}</td><td class="number">{{spent}}{{^spent}}–{{/spent}}</td><td>{{#funded}}{{>content.html}}{{/funded}}</td></tr>
{{/budget}}
</tbody>
</table></div>
{{/has_budget}}
</section>
{{#has_indicators}}
<section aria-labelledby="indicators-heading">
<h2 id="indicators-heading">{{labels.web_indicators}}</h2>
<ul>
{{#indicators}}
<li><a href="{{href}}">{{code}} {{#name}}{{>content.html}}{{/name}}</a>: {{status.symbol}} {{status.label}}</li>
{{/indicators}}
</ul>
</section>
{{/has_indicators}}
{{/action}}
{{/content}}
{{/site.html}}

"""#####,
        "web/check.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_plan_check}}: {{title}}{{/title}}
{{$content}}
<p><a href="{{hub}}">{{labels.web_plan_edit}}: {{title}}</a></p>
<h1>{{labels.web_plan_check}}: {{title}} <span class="hint">({{code}})</span></h1>
<p>{{labels.web_check_intro}} {{as_of}}.</p>
<h2>{{labels.web_check_quality}}</h2>
<ul class="check">
{{#quality}}
<li>{{#ok}}✔{{/ok}}{{^ok}}✖{{/ok}} <strong>{{label}}: {{count}}</strong>{{^ok}}<br>{{#records}}{{#href}}<a href="{{.}}">{{code}}</a>{{/href}}{{^href}}{{code}}{{/href}} {{/records}}{{/ok}}</li>
{{/quality}}
</ul>
<h2>{{labels.web_check_score}}</h2>
{{^has_criteria}}<p>✔ {{labels.web_check_score_none}}</p>{{/has_criteria}}
{{#has_criteria}}
<p>{{labels.web_check_score_intro}}</p>
<ul class="check">
{{#criteria}}
<li><strong>{{encouragement}}</strong>: {{criterion}} ({{labels.web_check_level}} {{level}}/4)<br>{{#records}}{{#href}}<a href="{{.}}">{{code}}</a>{{/href}}{{^href}}{{code}}{{/href}} {{/records}}</li>
{{/criteria}}
</ul>
{{/has_criteria}}
<h2>{{labels.web_check_snapshots}}</h2>
<p>{{labels.web_check_snapshots_intro}}</p>
<ul>{{#snapshots}}<li>{{as_of}} · {{framework}} · {{labels.web_check_index}} {{index}} ({{saved}})</li>{{/snapshots}}</ul>
<form method="post" action="{{snapshot_action}}"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit">{{labels.web_check_save_snapshot}}</button></p></form>
<h2>{{labels.web_publish}}</h2>
<p>{{labels.web_publish_intro}}</p>
{{^published}}<p>⚠ {{labels.web_publish_unpublished_plan}}</p>{{/published}}
<form method="post" action="{{publish_action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field"><label for="publish-year">{{labels.web_publish_year}}</label>
<select id="publish-year" name="year">{{#years}}<option value="{{year}}"{{#selected}} selected{{/selected}}>{{year}}</option>{{/years}}</select></div>
<p><button type="submit">{{labels.web_publish_button}}</button></p>
</form>
{{#publications}}
<section class="headline">
<h3>{{year}} · {{labels.web_publish_published}} {{published}}{{#withdrawn}} · {{labels.web_publish_withdrawn_on}} {{.}}{{/withdrawn}}</h3>
{{#reason}}<p>{{labels.web_publish_reason}}: {{.}}</p>{{/reason}}
{{#live}}
<ul class="inline-list">{{#files}}<li><a href="{{href}}">{{name}}</a></li>{{/files}}</ul>
<form method="post" action="{{withdraw_action}}">
<input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="year" value="{{year}}">
<div class="form-field"><label for="withdraw-{{year}}">{{labels.web_publish_reason}} <span class="hint">({{labels.web_required}})</span></label>
<textarea id="withdraw-{{year}}" name="reason" maxlength="10000" required></textarea></div>
<p><button type="submit" class="secondary">{{labels.web_publish_withdraw}}</button></p>
</form>
{{/live}}
</section>
{{/publications}}
{{/content}}
{{/site.html}}

"""#####,
        "web/error.html.mustache": #####"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} ({{status}}) · {{labels.web_site_name}}</title>
<style>
{{>style.css}}
{{>site.css}}
</style>
</head>
<body>
<header class="site"><p class="site-name"><a href="{{home}}">{{labels.web_site_name}}</a></p></header>
<main id="main">
<h1>{{title}}</h1>
<p>{{advice}}</p>
<ul>
{{#sign_in}}<li><a href="/sign-in">{{labels.web_sign_in}}</a></li>{{/sign_in}}
<li><a href="{{home}}">{{labels.web_plans_title}}</a></li>
</ul>
<p class="hint">{{labels.web_error_status}} {{status}}</p>
</main>
</body>
</html>

"""#####,
        "web/form-described.html.mustache": #####"""
{{#hint}} aria-describedby="{{id}}-hint{{#error}} {{id}}-error{{/error}}"{{/hint}}{{^hint}}{{#error}} aria-describedby="{{id}}-error"{{/error}}{{/hint}}{{#error}} aria-invalid="true"{{/error}}
"""#####,
        "web/form-fields.html.mustache": #####"""
{{#form.has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
<h2 id="error-summary-heading">{{labels.web_form_problem}}</h2>
<p>{{labels.web_form_nothing_saved}}</p>
<ul>
{{#form.errors}}
<li>{{#href}}<a href="{{.}}">{{/href}}{{text}}{{#href}}</a>{{/href}}</li>
{{/form.errors}}
</ul>
</div>
{{/form.has_errors}}
{{#form.fields}}
<div class="form-field">
{{#is_checkbox}}
<label class="check" for="{{id}}"><input type="checkbox" id="{{id}}" name="{{name}}"{{#checked}} checked{{/checked}}{{#hint}} aria-describedby="{{id}}-hint"{{/hint}}> {{label}}</label>
{{#hint}}<span class="hint" id="{{id}}-hint">{{.}}</span>{{/hint}}
{{/is_checkbox}}
{{^is_checkbox}}
<label for="{{id}}">{{label}}{{#required}} <span class="hint">({{labels.web_required}})</span>{{/required}}</label>
{{#hint}}<span class="hint" id="{{id}}-hint">{{.}}</span>{{/hint}}
{{#error}}<span class="field-error" id="{{id}}-error">✖ {{.}}</span>{{/error}}
{{#is_text}}<input type="text" id="{{id}}" name="{{name}}" value="{{value}}" maxlength="{{max}}"{{#required}} required{{/required}}{{#readonly}} readonly{{/readonly}}{{>form-described.html}}>{{/is_text}}
{{#is_date}}<input type="date" id="{{id}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}{{>form-described.html}}>{{/is_date}}
{{#is_textarea}}<textarea id="{{id}}" name="{{name}}" maxlength="{{max}}"{{#required}} required{{/required}}{{>form-described.html}}>{{value}}</textarea>{{/is_textarea}}
{{#is_file}}<input type="file" id="{{id}}" name="{{name}}" accept="{{accept}}"{{#required}} required{{/required}}{{>form-described.html}}>{{/is_file}}
{{#is_select}}<select id="{{id}}" name="{{name}}"{{#required}} required{{/required}}{{>form-described.html}}>
<option value="">—</option>
{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/options}}
</select>{{/is_select}}
{{/is_checkbox}}
</div>
{{/form.fields}}

"""#####,
        "web/indicator.html.mustache": #####"""
{{<site.html}}
{{$title}}{{indicator.code}} {{indicator.name.text}}{{/title}}
{{$content}}
<p><a href="{{plan.href}}">{{#plan.title}}{{>content.html}}{{/plan.title}}</a></p>
<h1>{{labels.table_indicator}} {{indicator.code}}: {{#indicator.name}}{{>content.html}}{{/indicator.name}}</h1>
{{#indicator}}
<dl>
<dt>{{labels.table_status}}</dt><dd><strong>{{status.symbol}} {{status.label}}{{#status.stale}} · {{labels.status_stale}}{{/status.stale}}</strong> — {{definition}}</dd>
<dt>{{labels.table_baseline}}</dt><dd>{{baseline}}{{^baseline}}–{{/baseline}}{{#baseline_date}} ({{.}}){{/baseline_date}}</dd>
<dt>{{labels.table_target}}</dt><dd>{{#target.text}}{{#target}}{{>content.html}}{{/target}}{{/target.text}}{{^target.text}}{{target}}{{/target.text}}{{^target}}–{{/target}}{{#target_date}} ({{.}}){{/target_date}}</dd>
<dt>{{labels.table_latest}}</dt><dd>{{latest}}{{^latest}}{{labels.web_no_data}}{{/latest}}{{#latest_date}} ({{.}}){{/latest_date}}</dd>
<dt>{{labels.web_direction}}</dt><dd>{{direction}}</dd>
<dt>{{labels.table_trend}}</dt><dd>{{trend.label}}</dd>
{{#unit.text}}<dt>{{labels.web_unit}}</dt><dd>{{#unit}}{{>content.html}}{{/unit}}</dd>{{/unit.text}}
{{#source.text}}<dt>{{labels.web_source}}</dt><dd>{{#source}}{{>content.html}}{{/source}}</dd>{{/source.text}}
{{#note.text}}<dt>{{labels.web_note}}</dt><dd>{{#note}}{{>content.html}}{{/note}}</dd>{{/note.text}}
</dl>
<ul class="tabs">
<li><a href="#chart">{{labels.web_tab_chart}}</a></li>
<li><a href="#values">{{labels.web_tab_table}}</a></li>
<li><a href="{{csv_href}}" download>{{labels.web_download_csv}}</a></li>
</ul>
<section id="chart" aria-labelledby="chart-heading">
<h2 id="chart-heading">{{labels.web_tab_chart}}</h2>
{{#chart}}{{>figure.html}}{{/chart}}
{{^chart}}<p>{{labels.web_no_chart}}</p>{{/chart}}
{{#has_groups}}
<div class="table-wrap"><table>
<caption>{{labels.table_group}}</caption>
<thead><tr><th scope="col">{{labels.table_group}}</th><th scope="col" class="number">{{labels.table_value}}</th><th scope="col">{{labels.table_date}}</th></tr></thead>
<tbody>
{{#groups}}
<tr><th scope="row">{{group}}</th><td class="number">{{value}}</td><td>{{date}}</td></tr>
{{/groups}}
</tbody>
</table></div>
{{/has_groups}}
</section>
<section id="values" aria-labelledby="values-heading">
<h2 id="values-heading">{{labels.web_history}}</h2>
{{#derived}}<p>{{labels.web_derived}} {{.}}</p>{{/derived}}
{{^derived}}<p>{{labels.web_history_intro}}</p>
{{^has_history}}<p>{{labels.web_no_data}}</p>{{/has_history}}{{/derived}}
{{#has_history}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_date}}</th><th scope="col">{{labels.table_group}}</th><th scope="col" class="number">{{labels.table_value}}</th><th scope="col">{{labels.web_version}}</th><th scope="col">{{labels.web_recorded}}</th><th scope="col">{{labels.web_source}}</th><th scope="col">{{labels.web_note}}</th></tr></thead>
<tbody>
{{#history}}
<tr{{^current}} class="superseded"{{/current}}><td>{{date}}</td><td>{{group}}{{^group}}{{labels.web_total}}{{/group}}</td><td class="number">{{value}}{{#new_method}} ({{labels.trend_new_method}}){{/new_method}}</td><td>{{#current}}{{#correction}}✎ {{labels.web_correction}}{{/correction}}{{^correction}}{{labels.web_current}}{{/correction}}{{/current}}{{^current}}⨯ {{labels.web_superseded}}{{/current}}</td><td>{{recorded}}{{^recorded}}–{{/recorded}}</td><td>{{#source}}{{>content.html}}{{/source}}{{#evidence.href}} <a href="{{.}}" rel="nofollow noopener">{{labels.web_evidence}}</a>{{/evidence.href}}</td><td>{{#note}}{{>content.html}}{{/note}}</td></tr>
{{/history}}
</tbody>
</table></div>
{{/has_history}}
</section>
<section aria-labelledby="definitions-heading">
<h2 id="definitions-heading">{{labels.section_measure}}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_status}}</th><th scope="col">{{labels.web_meaning}}</th></tr></thead>
<tbody>
{{#definitions.statuses}}
<tr><th scope="row" class="status">{{status.symbol}} {{status.label}}</th><td>{{definition}}</td></tr>
{{/definitions.statuses}}
</tbody>
</table></div>
</section>
{{/indicator}}
{{/content}}
{{/site.html}}

"""#####,
        "web/manage.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_manage}}: {{title}}{{/title}}
{{$content}}
<p><a href="/workspace">{{labels.web_workspace}}</a></p>
<h1>{{labels.web_manage}}: {{title}}</h1>
<section aria-labelledby="publication-heading">
<h2 id="publication-heading">{{labels.web_manage_publication}}</h2>
<p>{{#published}}✔ {{labels.web_manage_is_published}} <a href="{{public_href}}">{{labels.web_public_page}}</a>{{/published}}{{^published}}○ {{labels.web_manage_is_not_published}}{{/published}}</p>
<form method="post" action="{{publish_action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="version" value="{{version}}">
<input type="hidden" name="published" value="{{#published}}false{{/published}}{{^published}}true{{/published}}">
<p><button type="submit">{{#published}}{{labels.web_manage_withdraw}}{{/published}}{{^published}}{{labels.web_manage_publish}}{{/published}}</button></p>
</form>
</section>
<section aria-labelledby="approval-heading">
<h2 id="approval-heading">{{labels.web_approval}}</h2>
<p>{{#requires_approval}}{{labels.web_approval_required}}{{/requires_approval}}{{^requires_approval}}{{labels.web_approval_not_required}}{{/requires_approval}}</p>
<h3>{{labels.web_approval_queue}}</h3>
{{#refusal}}
<div class="error-summary" role="alert" aria-labelledby="approval-problem-heading">
<h4 id="approval-problem-heading">{{labels.web_form_problem}}</h4>
<p>{{labels.web_form_nothing_saved}}</p>
<ul><li><a href="#reason-{{id}}">{{error}}</a></li></ul>
</div>
{{/refusal}}
{{^has_pending}}<p>{{labels.web_approval_none}}</p>{{/has_pending}}
{{#has_pending}}
<ol class="queue">
{{#pending}}
<li id="submission-{{id}}">
<p><strong>{{kind}}</strong> {{what}}<br><span class="hint">{{submitted}}</span></p>
{{#own}}<p>{{labels.web_approval_own}}</p>{{/own}}
{{^own}}
<form method="post" action="{{action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<p><button type="submit" name="decision" value="approve">{{labels.web_approval_approve}}</button></p>
</form>
<form method="post" action="{{action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field">
<label for="reason-{{id}}">{{labels.web_approval_reason}}</label>
{{#error}}<span class="field-error" id="reason-{{id}}-error">✖ {{.}}</span>{{/error}}
<textarea id="reason-{{id}}" name="reason" maxlength="{{reason_max}}"{{#error}} aria-invalid="true" aria-describedby="reason-{{id}}-error"{{/error}}>{{reason}}</textarea>
</div>
<p><button type="submit" name="decision" value="reject">{{labels.web_approval_reject}}</button></p>
</form>
{{/own}}
</li>
{{/pending}}
</ol>
{{/has_pending}}
{{#has_decided}}
<h3>{{labels.web_approval_decided_heading}}</h3>
<ul>
{{#decided}}
<li><strong>{{#approved}}✔ {{labels.web_approval_approved}}{{/approved}}{{#rejected}}✖ {{labels.web_approval_rejected}}{{/rejected}}</strong>: {{kind}} {{what}}. <span class="hint">{{submitted}}; {{decided}}</span>{{#decision_reason}}<br>{{labels.web_approval_reason}}: {{.}}{{/decision_reason}}</li>
{{/decided}}
</ul>
{{/has_decided}}
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/people.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_people}}{{/title}}
{{$content}}
<h1>{{labels.web_people}}</h1>
{{#link}}
<div class="message" role="status">
<p>✔ {{labels.web_people_link_intro}} <strong>{{username}}</strong> ({{labels.web_people_link_expires}} {{expires}}):</p>
<p><code id="new-token">{{url}}</code></p>
</div>
{{/link}}
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_people}}</caption>
<thead><tr><th scope="col">{{labels.web_username}}</th><th scope="col">{{labels.web_people_name}}</th><th scope="col">{{labels.web_roles}}</th><th scope="col">{{labels.web_people_state}}</th></tr></thead>
<tbody>
{{#people}}<tr><td><a href="{{href}}">{{username}}</a></td><td>{{name}}</td><td>{{#grants}}{{.}}<br>{{/grants}}</td><td>{{state}}</td></tr>
{{/people}}
</tbody>
</table></div>
<section aria-labelledby="invite-heading">
<h2 id="invite-heading">{{labels.web_people_invite}}</h2>
<p>{{labels.web_people_invite_intro}}</p>
{{#has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h3 id="error-heading">{{labels.web_form_problem}}</h3>
<p>{{labels.web_form_nothing_saved}}</p>
<ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul>
</div>
{{/has_errors}}
<form method="post" action="/admin/people">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field"><label for="username">{{labels.web_username}} <span class="hint">{{labels.web_people_username_hint}}</span></label>
<input type="text" id="username" name="username" value="{{username}}" maxlength="100" autocomplete="off" spellcheck="false" required></div>
<div class="form-field"><label for="display_name">{{labels.web_people_name}}</label>
<input type="text" id="display_name" name="display_name" value="{{display_name}}" maxlength="100" autocomplete="off" required></div>
<div class="form-field"><label for="grants">{{labels.web_roles}} <span class="hint">{{labels.web_people_grants_hint}} {{governments}}</span></label>
<textarea id="grants" name="grants" required>{{grants_text}}</textarea></div>
<p><button type="submit">{{labels.web_people_invite}}</button></p>
</form>
</section>
<section aria-labelledby="sessions-heading">
<h2 id="sessions-heading">{{labels.web_people_sessions}}</h2>
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_people_sessions}}</caption>
<thead><tr><th scope="col">{{labels.web_username}}</th><th scope="col">{{labels.web_account_client}}</th><th scope="col">{{labels.web_account_began}}</th><th scope="col">{{labels.web_account_last_seen}}</th></tr></thead>
<tbody>
{{#sessions}}<tr><td>{{holder}}</td><td>{{client}} ({{method}})</td><td>{{created}}</td><td>{{last_seen}}</td></tr>
{{/sessions}}
</tbody>
</table></div>
</section>
<section aria-labelledby="tokens-heading">
<h2 id="tokens-heading">{{labels.web_people_tokens}}</h2>
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_people_tokens}}</caption>
<thead><tr><th scope="col">{{labels.web_account_token_name}}</th><th scope="col">{{labels.web_people_owner}}</th><th scope="col">{{labels.web_roles}}</th><th scope="col">{{labels.web_account_token_expires}}</th><th scope="col">{{labels.web_account_token_state}}</th></tr></thead>
<tbody>
{{#tokens}}<tr><td>{{name}}</td><td>{{owner}}</td><td>{{role}} {{scope}}</td><td>{{expires}}</td><td>{{state}}</td></tr>
{{/tokens}}
</tbody>
</table></div>
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/person.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_people}}: {{person.username}}{{/title}}
{{$content}}
<p><a href="/admin/people">{{labels.web_people}}</a></p>
{{#person}}
<h1>{{name}} ({{username}})</h1>
<p>{{labels.web_people_state}}: <strong>{{state}}</strong></p>
{{/person}}
{{#link}}
<div class="message" role="status">
<p>✔ {{labels.web_people_link_intro}} <strong>{{username}}</strong> ({{labels.web_people_link_expires}} {{expires}}):</p>
<p><code id="new-token">{{url}}</code></p>
</div>
{{/link}}
{{#has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h2 id="error-heading">{{labels.web_form_problem}}</h2>
<p>{{labels.web_form_nothing_saved}}</p>
<ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul>
</div>
{{/has_errors}}
<section aria-labelledby="edit-heading">
<h2 id="edit-heading">{{labels.web_people_edit}}</h2>
<form method="post" action="{{action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field"><label for="display_name">{{labels.web_people_name}}</label>
<input type="text" id="display_name" name="display_name" value="{{person.name}}" maxlength="100" required></div>
<div class="form-field"><label for="grants">{{labels.web_roles}} <span class="hint">{{labels.web_people_grants_hint}}</span></label>
<textarea id="grants" name="grants" required>{{grants_text}}</textarea></div>
<p><button type="submit">{{labels.web_form_save}}</button></p>
</form>
</section>
<section aria-labelledby="access-heading">
<h2 id="access-heading">{{labels.web_people_access}}</h2>
<form method="post" action="{{action}}/reset"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit" class="secondary">{{labels.web_people_reset}}</button></p></form>
<form method="post" action="{{action}}/state"><input type="hidden" name="csrf" value="{{csrf}}">
{{#disabled}}<input type="hidden" name="disable" value="false"><p><button type="submit" class="secondary">{{labels.web_people_enable}}</button></p>{{/disabled}}
{{^disabled}}<input type="hidden" name="disable" value="true"><p><button type="submit" class="secondary">{{labels.web_people_disable}}</button></p>{{/disabled}}
</form>
</section>
<section aria-labelledby="sessions-heading">
<h2 id="sessions-heading">{{labels.web_account_sessions}}</h2>
<ul>{{#sessions}}<li>{{client}} ({{method}}), {{labels.web_account_began}} {{created}}</li>{{/sessions}}</ul>
{{^sessions}}<p>{{labels.web_people_no_sessions}}</p>{{/sessions}}
<form method="post" action="{{action}}/sessions/end"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit" class="secondary">{{labels.web_account_end_all}}</button></p></form>
</section>
<section aria-labelledby="audit-heading">
<h2 id="audit-heading">{{labels.web_people_audit}}</h2>
<ul>{{#audit}}<li>{{time}} · {{actor}} · {{what}}</li>{{/audit}}</ul>
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/plan-edit.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_plan_edit}}: {{title}}{{/title}}
{{$content}}
<p><a href="/workspace">{{labels.web_workspace}}</a> · <a href="{{manage}}">{{labels.web_manage}}</a></p>
<h1>{{labels.web_plan_edit}}: {{title}} <span class="hint">({{code}})</span></h1>
<p>{{labels.web_plan_edit_intro}}</p>
<p><a href="{{settings}}">{{labels.web_plan_settings}}</a> · <a href="{{government}}">{{labels.web_government}}</a> · <a href="{{check}}">{{labels.web_plan_check}}</a></p>
<ul class="sections">
{{#sections}}<li><a href="{{href}}">{{title}}</a> <span class="hint-inline">({{count}})</span></li>
{{/sections}}
</ul>
{{/content}}
{{/site.html}}

"""#####,
        "web/plan-new.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_plan_new}}{{/title}}
{{$content}}
<p><a href="/workspace">{{labels.web_workspace}}</a></p>
<h1>{{labels.web_plan_new}}</h1>
<p>{{labels.web_plan_new_intro}}</p>
{{#may_add_government}}<p><a href="/governments/new">{{labels.web_government_new}}</a></p>{{/may_add_government}}
<section aria-labelledby="empty-heading">
<h2 id="empty-heading">{{labels.web_plan_new_empty}}</h2>
{{#empty}}
<form method="post" action="/plans/new" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_plan_new_create}}</button></p>
</form>
{{/empty}}
</section>
<section aria-labelledby="copy-heading">
<h2 id="copy-heading">{{labels.web_plan_new_copy}}</h2>
<p>{{labels.web_plan_new_copy_intro}}</p>
{{#copy}}
<form method="post" action="/plans/new/copy" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_plan_new_copy_button}}</button></p>
</form>
{{/copy}}
</section>
<section aria-labelledby="upload-heading">
<h2 id="upload-heading">{{labels.web_plan_new_upload}}</h2>
{{#upload}}
<form method="post" action="/plans/new/upload" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_form_import}}</button></p>
</form>
{{/upload}}
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/plan.html.mustache": #####"""
{{<site.html}}
{{$title}}{{cover.title.text}}{{/title}}
{{$content}}
<p>{{#cover.government}}{{>content.html}}{{/cover.government}}</p>
<h1>{{#cover.title}}{{>content.html}}{{/cover.title}}</h1>
<p>{{cover.period}} · {{labels.cover_as_of}}: {{cover.as_of}}{{#cover.languages}} · {{.}}{{/cover.languages}}</p>
<nav aria-labelledby="contents-heading">
<h2 id="contents-heading">{{labels.report_contents}}</h2>
<ul class="inline-list">
<li><a href="#measures">{{labels.web_section_measures}}</a></li>
<li><a href="#scorecard">{{labels.section_scorecard}}</a></li>
<li><a href="#fields">{{labels.section_fields}}</a></li>
<li><a href="#backwards">{{labels.section_backwards}}</a></li>
<li><a href="#budget">{{labels.section_budget}}</a></li>
<li><a href="#participation">{{labels.section_participation}}</a></li>
<li><a href="#recommendations">{{labels.section_recommendations}}</a></li>
<li><a href="{{plan.reports_href}}">{{labels.web_reports}}</a></li>
</ul>
</nav>
<section id="measures" aria-labelledby="measures-heading">
<h2 id="measures-heading">{{labels.web_section_measures}}</h2>
<p><strong>{{measures.summary}}</strong></p>
<div class="table-wrap"><table>
<caption>{{labels.web_measures_by_status}}</caption>
<thead><tr><th scope="col">{{labels.table_status}}</th><th scope="col" class="number">{{labels.table_count}}</th><th scope="col" class="number">%</th></tr></thead>
<tbody>
{{#measures.standings}}
<tr><th scope="row">{{label}}</th><td class="number">{{count}}</td><td class="number">{{share}}</td></tr>
{{/measures.standings}}
</tbody>
</table></div>
{{#measures.chart}}<figure><figcaption>{{title}}</figcaption>{{{svg}}}</figure>{{/measures.chart}}
{{>commitments.html}}
<ul class="findings">
{{#headline}}
<li><strong><a href="{{href}}">{{#name}}{{>content.html}}{{/name}}</a></strong>: {{summary}}</li>
{{/headline}}
{{#findings}}
<li>{{.}}</li>
{{/findings}}
</ul>
</section>
{{>narrative.html}}
<section id="scorecard" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">{{labels.section_scorecard}}</h2>
<p>{{cover.framework_status}}{{#cover.framework_translation}} {{.}}{{/cover.framework_translation}}</p>
<p>{{labels.scorecard_index}}: <strong>{{scorecard.index}}{{^scorecard.index}}{{labels.web_no_data}}{{/scorecard.index}}</strong>{{#scorecard.percent}} ({{.}}){{/scorecard.percent}}</p>
<p>{{labels.scorecard_explained}}</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">#</th><th scope="col">{{labels.table_encouragement}}</th><th scope="col" class="number">{{labels.table_automatic}}</th><th scope="col" class="number">{{labels.table_peer}}</th><th scope="col" class="number">{{labels.table_change}}</th></tr></thead>
<tbody>
{{#scorecard.rows}}
<tr><td>{{number}}</td><td>{{#title}}{{>content.html}}{{/title}}</td><td class="number">{{automatic}}{{^automatic}}–{{/automatic}}</td><td class="number">{{peer}}{{^peer}}–{{/peer}}</td><td class="number">{{change}}{{^change}}–{{/change}}</td></tr>
{{/scorecard.rows}}
</tbody>
</table></div>
</section>
<section id="fields" aria-labelledby="fields-heading">
<h2 id="fields-heading">{{labels.section_fields}}</h2>
<nav class="filters" aria-labelledby="filters-heading">
<h3 id="filters-heading">{{labels.web_filter_title}}</h3>
{{#filters}}
<div class="filter">
<h4>{{label}}</h4>
<ul>
<li><a href="{{all_href}}"{{#all_selected}} aria-current="true"{{/all_selected}}>{{#all_selected}}✔ {{/all_selected}}{{labels.web_filter_all}}</a></li>
{{#options}}
<li><a href="{{href}}"{{#selected}} aria-current="true"{{/selected}}>{{#selected}}✔ {{/selected}}{{#label}}{{>content.html}}{{/label}}</a></li>
{{/options}}
</ul>
</div>
{{/filters}}
</nav>
<p role="status"><strong>{{shown}}</strong>{{#filtered}} — {{shown_measures.summary}}{{/filtered}}</p>
{{#fields}}
<section class="field" aria-labelledby="field-{{code}}">
<h3 id="field-{{code}}">{{code}}. {{#title}}{{>content.html}}{{/title}}</h3>
<p>{{measures.summary}}</p>
{{#objectives}}
<details class="objective"{{#filtered}} open{{/filtered}}>
<summary>{{code}} {{#title}}{{>content.html}}{{/title}} — {{measures.summary}}</summary>
{{#has_indicators}}
<div class="table-wrap"><table>
<caption>{{labels.web_indicators_of}} {{code}}</caption>
<thead><tr><th scope="col">{{labels.table_indicator}}</th><th scope="col" class="number">{{labels.table_baseline}}</th><th scope="col" class="number">{{labels.table_target}}</th><th scope="col" class="number">{{labels.table_latest}}</th><th scope="col">{{labels.table_status}}</th></tr></thead>
<tbody>
{{#indicators}}
<tr><th scope="row"><a href="{{href}}">{{code}} {{#name}}{{>content.html}}{{/name}}</a>{{#unit.text}} ({{.}}){{/unit.text}}</th><td class="number">{{baseline}}{{^baseline}}–{{/baseline}}</td><td class="number">{{#target.text}}{{#target}}{{>content.html}}{{/target}}{{/target.text}}{{^target.text}}{{target}}{{/target.text}}{{^target}}–{{/target}}</td><td class="number">{{latest}}{{^latest}}{{labels.web_no_data}}{{/latest}}{{#latest_date}} ({{.}}){{/latest_date}}</td><td class="status">{{status.symbol}} {{status.label}}{{#status.stale}} · {{labels.status_stale}}{{/status.stale}}</td></tr>
{{/indicators}}
</tbody>
</table></div>
{{/has_indicators}}
<div class="table-wrap"><table>
<caption>{{labels.web_measures_of}} {{code}}</caption>
<thead><tr><th scope="col">{{labels.table_measure}}</th><th scope="col">{{labels.table_status}}</th><th scope="col">{{labels.table_lead}}</th><th scope="col">{{labels.table_update}}</th></tr></thead>
<tbody>
{{#actions}}
<tr><th scope="row"><a href="{{href}}">{{code}} {{#title}}{{>content.html}}{{/title}}</a></th><td class="status">{{status.label}}</td><td>{{#lead}}{{>content.html}}{{/lead}}{{^lead}}–{{/lead}}</td><td>{{#update_date}}{{.}}: {{/update_date}}{{#update}}{{>content.html}}{{/update}}{{^update}}–{{/update}}</td></tr>
{{/actions}}
</tbody>
</table></div>
</details>
{{/objectives}}
</section>
{{/fields}}
</section>
<section id="backwards" aria-labelledby="backwards-heading">
<h2 id="backwards-heading">{{labels.section_backwards}}</h2>
{{#backwards.none}}<p>{{labels.backwards_none}}</p>{{/backwards.none}}
{{^backwards.none}}
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{labels.table_indicator}}</th><th scope="col" class="number">{{labels.table_previous}}</th><th scope="col" class="number">{{labels.table_latest}}</th><th scope="col">{{labels.table_cause}}</th></tr></thead>
<tbody>
{{#backwards.rows}}
<tr><th scope="row">{{code}} {{#name}}{{>content.html}}{{/name}}</th><td class="number">{{previous}} ({{previous_date}})</td><td class="number">{{latest}} ({{date}})</td><td>{{#cause}}{{>content.html}}{{/cause}}{{^cause}}–{{/cause}}</td></tr>
{{/backwards.rows}}
</tbody>
</table></div>
{{/backwards.none}}
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
<tr><td>{{code}}</td><td>{{#text}}{{>content.html}}{{/text}}</td><td>{{addressed}}{{^addressed}}–{{/addressed}}</td><td>{{response}}{{#reason}}: {{>content.html}}{{/reason}}</td><td>{{date}}{{^date}}–{{/date}}</td></tr>
{{/recommendations.rows}}
</tbody>
</table></div>
{{/recommendations.none}}
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/plans.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_plans_title}}{{/title}}
{{$content}}
<h1>{{labels.web_plans_title}}</h1>
<p>{{labels.web_plans_intro}}</p>
{{#none}}<p>{{labels.web_plans_none}}</p>{{/none}}
{{#plans}}
<section class="headline">
<h2><a href="{{href}}">{{#title}}{{>content.html}}{{/title}}</a></h2>
<p>{{#government}}{{>content.html}}{{/government}}</p>
<ul>
<li>{{measures.summary}}</li>
<li>{{labels.scorecard_index}}: {{index}}{{^index}}{{labels.web_no_data}}{{/index}}{{#percent}} ({{.}}){{/percent}}</li>
<li>{{labels.web_last_report}}: {{#last_report}}{{#href.href}}<a href="{{.}}">{{/href.href}}{{#title}}{{>content.html}}{{/title}}{{#href.href}}</a>{{/href.href}} ({{date}}){{/last_report}}{{^last_report}}{{labels.web_none_yet}}{{/last_report}}</li>
</ul>
</section>
{{/plans}}
{{/content}}
{{/site.html}}

"""#####,
        "web/progress-form.html.mustache": #####"""
{{<site.html}}
{{$title}}{{#form.has_errors}}{{labels.web_form_problem}}: {{/form.has_errors}}{{title}}{{/title}}
{{$content}}
<p><a href="{{site.home}}">{{labels.web_plans_title}}</a> · <a href="/workspace">{{labels.web_workspace}}</a></p>
<h1>{{title}} <span class="hint">({{plan}})</span></h1>
<p>{{intro}}</p>
<form method="post" action="{{action}}" enctype="{{#enctype}}{{.}}{{/enctype}}{{^enctype}}application/x-www-form-urlencoded{{/enctype}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{submit}}</button></p>
</form>
{{/content}}
{{/site.html}}

"""#####,
        "web/record-form.html.mustache": #####"""
{{<site.html}}
{{$title}}{{#form.has_errors}}{{labels.web_form_problem}}: {{/form.has_errors}}{{title}}{{/title}}
{{$content}}
<p><a href="{{section_href}}">{{section}}</a></p>
<h1>{{title}}{{#plan}} <span class="hint">({{.}})</span>{{/plan}}</h1>
{{#has_conflict}}
<div class="error-summary" role="alert" aria-labelledby="conflict-heading">
<h2 id="conflict-heading">{{labels.web_record_conflict}}</h2>
<p>{{labels.web_record_conflict_intro}}</p>
<div class="table-wrap"><table>
<caption class="visually-hidden">{{labels.web_record_conflict}}</caption>
<thead><tr><th scope="col">{{labels.web_record_field}}</th><th scope="col">{{labels.web_record_theirs}}</th><th scope="col">{{labels.web_record_yours}}</th></tr></thead>
<tbody>
{{/has_conflict}}
{{#conflict}}<tr><th scope="row">{{label}}</th><td>{{theirs}}</td><td>{{yours}}</td></tr>
{{/conflict}}
{{#has_conflict}}
</tbody>
</table></div>
</div>
{{/has_conflict}}
<form method="post" action="{{action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{#version}}<input type="hidden" name="version" value="{{.}}">{{/version}}
{{>form-fields.html}}
<p><button type="submit">{{labels.web_form_save}}</button></p>
</form>
{{#retire}}
<section aria-labelledby="retire-heading">
<h2 id="retire-heading">{{labels.web_record_retire}}</h2>
<p>{{labels.web_record_retire_intro}}</p>
<form method="post" action="{{.}}">
<input type="hidden" name="csrf" value="{{csrf}}">
{{#version}}<input type="hidden" name="version" value="{{.}}">{{/version}}
<p><button type="submit" class="secondary">{{labels.web_record_retire_button}}</button></p>
</form>
</section>
{{/retire}}
{{#has_history}}
<section aria-labelledby="history-heading">
<h2 id="history-heading">{{labels.web_record_history}}</h2>
<ol class="timeline">
{{/has_history}}
{{#history}}<li><strong>{{time}}</strong> · {{actor}} · {{operation}}<ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul></li>
{{/history}}
{{#has_history}}
</ol>
</section>
{{/has_history}}
{{/content}}
{{/site.html}}

"""#####,
        "web/reports.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_reports}}: {{cover.title.text}}{{/title}}
{{$content}}
<p><a href="{{plan.href}}">{{#plan.title}}{{>content.html}}{{/plan.title}}</a></p>
<h1>{{labels.web_reports}}: {{#cover.title}}{{>content.html}}{{/cover.title}}</h1>
{{#has_publications}}
<h2>{{labels.web_publish_list}}</h2>
<ul>
{{#publications}}<li><strong>{{year}}</strong> · {{labels.web_publish_published}} {{published}}{{#withdrawn}} · <strong>{{labels.web_publish_withdrawn_on}} {{.}}</strong>{{/withdrawn}}{{#reason}}: {{.}}{{/reason}}
{{#live}}<ul class="inline-list">{{#files}}<li><a href="{{href}}">{{name}}</a></li>{{/files}}</ul>{{/live}}</li>
{{/publications}}
</ul>
<h2>{{labels.web_publish_live}}</h2>
{{/has_publications}}
<p>{{labels.web_reports_intro}}</p>
{{#years}}
<section aria-labelledby="year-{{year}}">
<h2 id="year-{{year}}">{{year}}</h2>
<div class="table-wrap"><table>
<caption>{{labels.web_report_files}} {{year}}</caption>
<thead><tr><th scope="col">{{labels.web_language}}</th><th scope="col">{{labels.web_files}}</th></tr></thead>
<tbody>
{{#languages}}
<tr><th scope="row" lang="{{code}}">{{name}}</th><td><ul class="inline-list">{{#files}}<li><a href="{{href}}" hreflang="{{code}}">{{name}}</a></li>{{/files}}</ul></td></tr>
{{/languages}}
</tbody>
</table></div>
<h3>{{labels.web_open_data}} {{year}}</h3>
<ul class="inline-list">
{{#open_data}}<li><a href="{{href}}">{{name}}</a></li>{{/open_data}}
</ul>
</section>
{{/years}}
{{/content}}
{{/site.html}}

"""#####,
        "web/rounds.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_rounds}}: {{title}}{{/title}}
{{$content}}
<p><a href="/workspace">{{labels.web_workspace}}</a></p>
<h1>{{labels.web_rounds}}: {{title}} <span class="hint">({{plan}})</span></h1>
<p>{{labels.web_rounds_intro}}</p>
{{#has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h2 id="error-heading">{{labels.web_form_problem}}</h2>
<p>{{labels.web_form_nothing_saved}}</p>
<ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul>
</div>
{{/has_errors}}
{{#rounds}}
<section class="headline" aria-labelledby="round-{{code}}">
<h2 id="round-{{code}}">{{title}} <span class="hint">({{code}} v{{version}} · {{kind}} · {{framework}} · {{state}})</span></h2>
<h3>{{labels.web_rounds_reviewers}}</h3>
<ul>{{#reviewers}}<li>{{name}}: {{progress}}</li>{{/reviewers}}</ul>
{{^reviewers}}<p>{{labels.web_rounds_no_reviewers}}</p>{{/reviewers}}
{{#open}}
<details>
<summary>{{labels.web_rounds_invite}}</summary>
{{#invite}}
<form method="post" action="{{invite_action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_rounds_invite}}</button></p>
</form>
{{/invite}}
</details>
<form method="post" action="{{close_action}}"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit" class="secondary">{{labels.web_rounds_close}}</button></p></form>
{{/open}}
{{^open}}
<form method="post" action="{{reopen_action}}"><input type="hidden" name="csrf" value="{{csrf}}"><p><button type="submit" class="secondary">{{labels.web_rounds_reopen}}</button></p></form>
{{/open}}
<h3>{{labels.web_rounds_recommendations}}</h3>
<ul>{{#recommendations}}<li><strong>{{reference}}</strong>: {{text}}</li>{{/recommendations}}</ul>
{{^recommendations}}<p>{{labels.web_rounds_no_recommendations}}</p>{{/recommendations}}
<details>
<summary>{{labels.web_rounds_recommend}}</summary>
{{#recommend}}
<form method="post" action="{{recommend_action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_rounds_recommend}}</button></p>
</form>
{{/recommend}}
</details>
</section>
{{/rounds}}
{{^rounds}}<p>{{labels.web_rounds_none}}</p>{{/rounds}}
<section aria-labelledby="respond-heading">
<h2 id="respond-heading">{{labels.web_rounds_respond}}</h2>
<p>{{labels.web_rounds_respond_intro}}</p>
{{#respond_form}}
<form method="post" action="{{respond_action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_rounds_respond}}</button></p>
</form>
{{/respond_form}}
</section>
<section aria-labelledby="open-heading">
<h2 id="open-heading">{{labels.web_rounds_open}}</h2>
{{#open_form}}
<form method="post" action="{{action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_rounds_open}}</button></p>
</form>
{{/open_form}}
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/section-edit.html.mustache": #####"""
{{<site.html}}
{{$title}}{{title}}: {{plan_title}}{{/title}}
{{$content}}
<p><a href="{{hub}}">{{labels.web_plan_edit}}: {{plan_title}}</a></p>
<h1>{{title}} <span class="hint">({{plan}})</span></h1>
<p><a href="{{new}}">{{labels.web_record_add}}</a></p>
<form method="get" action="{{action}}" role="search">
<label for="q">{{labels.web_record_filter}}</label>
<input type="text" id="q" name="q" value="{{q}}" maxlength="100">
<p><button type="submit" class="secondary">{{labels.web_record_filter_button}}</button></p>
</form>
<p>{{labels.web_record_count}} {{count}}</p>
{{#has_items}}<ul class="records">{{/has_items}}
{{#items}}<li><a href="{{href}}">{{label}}</a> {{summary}}</li>
{{/items}}
{{#has_items}}</ul>{{/has_items}}
{{^items}}<p>{{labels.web_record_none}}</p>{{/items}}
{{#has_retired}}
<section aria-labelledby="retired-heading">
<h2 id="retired-heading">{{labels.web_record_retired_list}}</h2>
<p>{{labels.web_record_retired_intro}}</p>
<ul class="records">
{{/has_retired}}
{{#retired}}<li>{{label}} {{title}} <span class="hint">({{labels.web_record_retired_by}} {{actor}}, {{time}})</span></li>
{{/retired}}
{{#has_retired}}
</ul>
</section>
{{/has_retired}}
<nav aria-label="{{labels.web_record_pages}}"><p>{{#previous}}<a href="{{.}}">{{labels.web_record_previous}}</a> {{/previous}}{{#next}}<a href="{{.}}">{{labels.web_record_next}}</a>{{/next}}</p></nav>
{{/content}}
{{/site.html}}

"""#####,
        "web/sheet-form.html.mustache": #####"""
{{<site.html}}
{{$title}}{{#form.has_errors}}{{labels.web_form_problem}}: {{/form.has_errors}}{{title}}{{/title}}
{{$content}}
<p><a href="/workspace">{{labels.web_workspace}}</a></p>
<h1>{{title}} <span class="hint">({{plan}}, {{round}})</span></h1>
<p>{{labels.web_review_intro}} {{framework}}. {{text_status}}</p>
<form method="post" action="{{action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit" name="step" value="save" class="secondary">{{labels.web_review_save}}</button>
<button type="submit" name="step" value="submit">{{labels.web_review_submit}}</button></p>
</form>
<section aria-labelledby="recommend-heading">
<h2 id="recommend-heading">{{labels.web_review_recommend}}</h2>
<p>{{labels.web_review_recommend_intro}}</p>
{{#recommend}}
<form method="post" action="{{recommend_action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>form-fields.html}}
<p><button type="submit">{{labels.web_review_recommend}}</button></p>
</form>
{{/recommend}}
</section>
{{/content}}
{{/site.html}}

"""#####,
        "web/sign-in.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_sign_in}}{{/title}}
{{$content}}
<h1>{{labels.web_sign_in}}</h1>
{{#notice}}<div class="message" role="status"><p>✔ {{.}}</p></div>{{/notice}}
<p>{{labels.web_sign_in_intro}}</p>
{{#error}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h2 id="error-heading">{{labels.web_form_problem}}</h2>
<ul><li><a href="#username">{{.}}</a></li></ul>
</div>
{{/error}}
<form method="post" action="/sign-in">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="next" value="{{next}}">
<div class="form-field">
<label for="username">{{labels.web_username}}</label>
{{#error}}<span class="field-error" id="username-error">✖ {{.}}</span>{{/error}}
<input type="text" id="username" name="username" value="{{username}}" autocomplete="username" spellcheck="false" autocapitalize="none" maxlength="100"{{#error}} aria-invalid="true" aria-describedby="username-error"{{/error}}>
</div>
<div class="form-field">
<label for="password">{{labels.web_password}}</label>
<input type="password" id="password" name="password" autocomplete="current-password" maxlength="256">
</div>
<p><button type="submit">{{labels.web_sign_in}}</button></p>
</form>
<details>
<summary>{{labels.web_sign_in_token}}</summary>
<p>{{labels.web_sign_in_token_intro}}</p>
<form method="post" action="/sign-in">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="next" value="{{next}}">
<div class="form-field">
<label for="token">{{labels.web_token}} <span class="hint" id="token-hint">{{labels.web_token_hint}}</span></label>
<input type="password" id="token" name="token" autocomplete="current-password" spellcheck="false" aria-describedby="token-hint" required>
</div>
<p><button type="submit">{{labels.web_sign_in}}</button></p>
</form>
</details>
{{/content}}
{{/site.html}}

"""#####,
        "web/site.css.mustache": #####"""
p, dd, li, h1, h2, h3, summary { overflow-wrap: anywhere; hyphens: auto; }
td, th { overflow-wrap: normal; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between;
  border-bottom: 2px solid #1f4e79; padding: .5rem 0; }
header.site p { margin: 0; }
.site-name a { font-weight: bold; text-decoration: none; font-size: 1.1rem; }
.languages ul, .filter ul, .inline-list { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
.languages a[aria-current], .filter a[aria-current] { font-weight: bold; }
.account { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.account form { margin: 0; }
button, input, select, textarea { font: inherit; }
button { padding: .4rem .9rem; border: 2px solid #1f4e79; background: #1f4e79; color: #ffffff; border-radius: 3px; cursor: pointer; }
button.secondary { background: #ffffff; color: #1f4e79; }
button:focus, input:focus, select:focus, textarea:focus, a:focus { outline: 3px solid #b35900; outline-offset: 2px; }
label { display: block; font-weight: bold; margin-top: 1rem; }
.hint { display: block; font-weight: normal; color: #4d4d4d; font-size: .95rem; }
input[type=text], input[type=date], input[type=password], input[type=number], select, textarea {
  display: block; width: 100%; max-width: 32rem; box-sizing: border-box; padding: .4rem; border: 2px solid #4d4d4d; border-radius: 3px; }
input[type=checkbox] { width: 1.2rem; height: 1.2rem; vertical-align: middle; }
label.check { font-weight: normal; }
textarea { min-height: 6rem; }
.field-error { color: #8b1a1a; font-weight: bold; display: block; }
[aria-invalid=true] { border-color: #8b1a1a; border-width: 3px; }
.error-summary { border: 3px solid #8b1a1a; padding: .75rem 1rem; margin: 1rem 0; }
.error-summary h2 { margin-top: 0; border: 0; font-size: 1.2rem; }
.message { border: 3px solid #2e6b30; padding: .25rem 1rem; margin: 1rem 0; }
.filters { border: 1px solid #949494; padding: .5rem 1rem; margin: 1rem 0; }
.filter { margin: .5rem 0; }
.filter h3 { font-size: 1rem; margin: .25rem 0; }
.headline { border: 1px solid #949494; padding: .5rem 1rem; margin: 1rem 0; }
.headline h2 { border: 0; margin-top: .5rem; }
.timeline { list-style: none; padding: 0; border-left: 3px solid #1f4e79; }
.timeline li { margin: 0 0 1rem 0; padding-left: 1rem; }
.superseded { color: #4d4d4d; }
summary { cursor: pointer; padding: .25rem 0; }
details.objective { border-left: 3px solid #e8eef4; padding-left: .75rem; }
.tabs { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
@media print {
  header.site nav, .filters, footer, form, .tabs { display: none; }
  details > * { display: block; }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
td form { margin: 0; }
.table-wrap { position: relative; }
input[readonly] { background: #f2f2f2; }
code#new-token { overflow-wrap: anywhere; font-size: 1.05rem; }
.hint-inline { color: #4d4d4d; font-size: .95rem; }

"""#####,
        "web/site.html.mustache": #####"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{$title}}hrap{{/title}} · {{labels.web_site_name}}</title>
<style>
{{>style.css}}
{{>site.css}}
</style>
</head>
<body>
<a class="skip" href="#main">{{labels.web_skip}}</a>
<header class="site">
<p class="site-name"><a href="{{site.home}}">{{labels.web_site_name}}</a></p>
<nav aria-label="{{labels.web_nav_language}}" class="languages">
<ul>
{{#site.languages}}
<li><a href="{{href}}" lang="{{code}}" hreflang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{#current}}✔ {{/current}}{{name}}</a></li>
{{/site.languages}}
</ul>
</nav>
<nav aria-label="{{labels.web_nav_account}}" class="account">
{{#site.user}}
<p>{{labels.web_signed_in_as}} <strong>{{name}}</strong> · <a href="{{workspace}}">{{labels.web_workspace}}</a>{{#account}} · <a href="{{account}}">{{labels.web_account}}</a>{{/account}}{{#people}} · <a href="{{people}}">{{labels.web_people}}</a>{{/people}}</p>
<form method="post" action="/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{labels.web_sign_out}}</button></form>
{{/site.user}}
{{^site.user}}
<p><a href="{{site.sign_in}}">{{labels.web_sign_in}}</a></p>
{{/site.user}}
</nav>
</header>
<main id="main">
{{#site.message}}
<div class="message" role="status"><p>✔ {{text}}{{#link}} <a href="{{.}}">{{.}}</a>{{/link}}</p></div>
{{/site.message}}
{{$content}}{{/content}}
</main>
<footer>
<p><a href="{{site.accessibility}}">{{labels.web_accessibility}}</a> · {{labels.web_footer}}</p>
</footer>
</body>
</html>

"""#####,
        "web/welcome.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_welcome}}{{/title}}
{{$content}}
<h1>{{#reset}}{{labels.web_welcome_reset}}{{/reset}}{{^reset}}{{labels.web_welcome}}{{/reset}}</h1>
<p>{{labels.web_welcome_intro}} <strong>{{name}}</strong>.</p>
{{#has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-heading" tabindex="-1">
<h2 id="error-heading">{{labels.web_form_problem}}</h2>
<ul>{{#errors}}<li><a href="#password">{{.}}</a></li>{{/errors}}</ul>
</div>
{{/has_errors}}
<form method="post" action="{{action}}">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="form-field">
<label for="username">{{labels.web_username}}</label>
<input type="text" id="username" name="username" value="{{username}}" autocomplete="username" readonly>
</div>
<div class="form-field">
<label for="password">{{labels.web_new_password}} <span class="hint" id="password-hint">{{rules}}</span></label>
{{#has_errors}}<span class="field-error" id="password-error">{{#errors}}✖ {{.}} {{/errors}}</span>{{/has_errors}}
<input type="password" id="password" name="password" autocomplete="new-password" maxlength="256" required aria-describedby="password-hint{{#has_errors}} password-error{{/has_errors}}"{{#has_errors}} aria-invalid="true"{{/has_errors}}>
</div>
<div class="form-field">
<label for="repeat">{{labels.web_repeat_password}}</label>
<input type="password" id="repeat" name="repeat" autocomplete="new-password" maxlength="256" required>
</div>
<p><button type="submit">{{labels.web_set_password}}</button></p>
</form>
{{/content}}
{{/site.html}}

"""#####,
        "web/workspace.html.mustache": #####"""
{{<site.html}}
{{$title}}{{labels.web_workspace}}{{/title}}
{{$content}}
<h1>{{labels.web_workspace}}</h1>
{{#may_create}}<p><a href="/plans/new">{{labels.web_plan_new}}</a></p>{{/may_create}}
{{#has_plans}}
<h2>{{labels.web_your_plans}}</h2>
{{#plans}}
<section class="headline" aria-labelledby="ws-{{code}}">
<h3 id="ws-{{code}}">{{title}} <span class="hint">({{code}} · {{#published}}{{labels.web_published}}{{/published}}{{^published}}{{labels.web_not_published}}{{/published}})</span></h3>
<ul>
<li><a href="{{measurement_href}}">{{labels.web_record_measurement}}</a></li>
<li><a href="{{update_href}}">{{labels.web_record_update}}</a></li>
<li><a href="{{upload_href}}">{{labels.web_upload}}</a></li>
<li><a href="{{edit_href}}">{{labels.web_edit_plan_link}}</a></li>
<li><a href="{{rounds_href}}">{{labels.web_rounds}}</a></li>
<li><a href="{{manage_href}}">{{labels.web_manage}}</a></li>
{{#published}}<li><a href="{{public_href}}">{{labels.web_public_page}}</a></li>{{/published}}
</ul>
<h4>{{labels.web_todo}}</h4>
{{#has_todo}}<ul class="todo">
{{#todo}}<li><a href="{{href}}">{{what}}</a><br><span class="hint-inline">{{#overdue}}⚠ {{/overdue}}{{when}} · {{unit}}</span></li>
{{/todo}}
</ul>{{/has_todo}}
{{^has_todo}}<p>✔ {{labels.web_todo_none}}</p>{{/has_todo}}
</section>
{{/plans}}
{{/has_plans}}
<h2>{{labels.web_your_rounds}}</h2>
<ul>
{{#rounds}}<li><a href="{{href}}">{{plan}}: {{title}}</a></li>{{/rounds}}
</ul>
{{^rounds}}<p>{{labels.web_no_rounds}}</p>{{/rounds}}
{{/content}}
{{/site.html}}

"""#####,
    ]
}

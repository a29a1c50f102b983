"""Contains all the data models used in inputs/outputs"""

from .accept_body import AcceptBody
from .action_cancel import ActionCancel
from .action_create import ActionCreate
from .action_kind import ActionKind
from .action_page import ActionPage
from .action_plans_report_create import ActionPlansReportCreate
from .action_plans_report_read import ActionPlansReportRead
from .action_plans_report_read_snapshot import ActionPlansReportReadSnapshot
from .action_plans_stats_read import ActionPlansStatsRead
from .action_plans_stats_read_actions_by_status import ActionPlansStatsReadActionsByStatus
from .action_plans_stats_read_actions_by_theme import ActionPlansStatsReadActionsByTheme
from .action_plans_stats_read_plans_by_kind import ActionPlansStatsReadPlansByKind
from .action_plans_stats_read_plans_by_state import ActionPlansStatsReadPlansByState
from .action_plans_summary import ActionPlansSummary
from .action_plans_summary_actions_by_status import ActionPlansSummaryActionsByStatus
from .action_plans_summary_actions_by_theme import ActionPlansSummaryActionsByTheme
from .action_plans_summary_indicators_by_trajectory import ActionPlansSummaryIndicatorsByTrajectory
from .action_plans_summary_plans_by_state import ActionPlansSummaryPlansByState
from .action_read import ActionRead
from .action_read_organisations_item import ActionReadOrganisationsItem
from .action_status import ActionStatus
from .action_update import ActionUpdate
from .activity_create import ActivityCreate
from .activity_kind import ActivityKind
from .activity_page import ActivityPage
from .activity_read import ActivityRead
from .adhesion_type import AdhesionType
from .agreement_create import AgreementCreate
from .agreement_kind import AgreementKind
from .agreement_page import AgreementPage
from .agreement_read import AgreementRead
from .application_create import ApplicationCreate
from .application_invitation_create import ApplicationInvitationCreate
from .application_invitation_page import ApplicationInvitationPage
from .application_invitation_read import ApplicationInvitationRead
from .application_page import ApplicationPage
from .application_read import ApplicationRead
from .application_stats_read import ApplicationStatsRead
from .application_stats_read_applications_by_call import ApplicationStatsReadApplicationsByCall
from .application_stats_read_applications_by_state import ApplicationStatsReadApplicationsByState
from .application_update import ApplicationUpdate
from .applications_import_read import ApplicationsImportRead
from .applications_optional_reason import ApplicationsOptionalReason
from .applications_reason import ApplicationsReason
from .applications_state import ApplicationsState
from .applications_summary import ApplicationsSummary
from .applications_summary_by_state import ApplicationsSummaryByState
from .applications_summary_mean_score_by_criterion import ApplicationsSummaryMeanScoreByCriterion
from .applications_summary_refused_by_rule import ApplicationsSummaryRefusedByRule
from .applications_transition_read import ApplicationsTransitionRead
from .attempt_page import AttemptPage
from .attempt_read import AttemptRead
from .attempt_result import AttemptResult
from .baseline import Baseline
from .batch_item_result import BatchItemResult
from .batch_item_result_outcome import BatchItemResultOutcome
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .batch_result import BatchResult
from .blocking_pair import BlockingPair
from .body_batch_upsert_signatories import BodyBatchUpsertSignatories
from .body_batch_upsert_signatories_items_item import BodyBatchUpsertSignatoriesItemsItem
from .breakdown import Breakdown
from .budget import Budget
from .call_create import CallCreate
from .call_page import CallPage
from .call_read import CallRead
from .call_settings_put import CallSettingsPut
from .call_settings_put_weights import CallSettingsPutWeights
from .call_settings_read import CallSettingsRead
from .call_settings_read_weights import CallSettingsReadWeights
from .call_update import CallUpdate
from .candidate_page import CandidatePage
from .candidate_read import CandidateRead
from .change_page import ChangePage
from .change_read import ChangeRead
from .change_read_op import ChangeReadOp
from .city_create import CityCreate
from .city_feature import CityFeature
from .city_page import CityPage
from .city_properties import CityProperties
from .city_read import CityRead
from .city_update import CityUpdate
from .commitment_in import CommitmentIn
from .commitment_read import CommitmentRead
from .complete_body import CompleteBody
from .compliance_read import ComplianceRead
from .compliance_read_missing_item import ComplianceReadMissingItem
from .compliance_summary import ComplianceSummary
from .compliance_summary_missing_item import ComplianceSummaryMissingItem
from .component import Component
from .covenant_import_read import CovenantImportRead
from .covenant_report_create import CovenantReportCreate
from .covenant_report_read import CovenantReportRead
from .covenant_stats_read import CovenantStatsRead
from .covenant_stats_read_by_badge import CovenantStatsReadByBadge
from .covenant_stats_read_by_country import CovenantStatsReadByCountry
from .covenant_stats_read_by_generation import CovenantStatsReadByGeneration
from .covenant_stats_read_by_regional_covenant import CovenantStatsReadByRegionalCovenant
from .covenant_stats_read_by_status import CovenantStatsReadByStatus
from .covenant_summary import CovenantSummary
from .covenant_summary_by_badge import CovenantSummaryByBadge
from .covenant_summary_by_regional_covenant import CovenantSummaryByRegionalCovenant
from .covenant_summary_by_status import CovenantSummaryByStatus
from .deadline_policy_read import DeadlinePolicyRead
from .deadline_policy_update import DeadlinePolicyUpdate
from .decline_body import DeclineBody
from .delivery_state import DeliveryState
from .direction import Direction
from .ecosystem_read import EcosystemRead
from .emission_scope import EmissionScope
from .endpoint_create import EndpointCreate
from .endpoint_created import EndpointCreated
from .endpoint_page import EndpointPage
from .endpoint_read import EndpointRead
from .endpoint_state import EndpointState
from .endpoint_update import EndpointUpdate
from .energy_access_assessment_create import EnergyAccessAssessmentCreate
from .energy_access_assessment_read import EnergyAccessAssessmentRead
from .event_type_list import EventTypeList
from .event_type_read import EventTypeRead
from .event_type_read_schema import EventTypeReadSchema
from .expected_change import ExpectedChange
from .facet_count import FacetCount
from .factor_type import FactorType
from .feature_collection import FeatureCollection
from .forbidden_pair_create import ForbiddenPairCreate
from .forbidden_pair_page import ForbiddenPairPage
from .forbidden_pair_read import ForbiddenPairRead
from .gap_candidate_read import GapCandidateRead
from .gap_read import GapRead
from .gaps_read import GapsRead
from .generation import Generation
from .goal_in import GoalIn
from .goal_read import GoalRead
from .group_ref import GroupRef
from .hazard_in import HazardIn
from .hazard_in_timeframe import HazardInTimeframe
from .health import Health
from .impact import Impact
from .import_row_error import ImportRowError
from .import_warning import ImportWarning_
from .indicator_create import IndicatorCreate
from .indicator_page import IndicatorPage
from .indicator_read import IndicatorRead
from .interest_create import InterestCreate
from .interest_read import InterestRead
from .inventory_create import InventoryCreate
from .inventory_kind import InventoryKind
from .inventory_page import InventoryPage
from .inventory_read import InventoryRead
from .inventory_row_in import InventoryRowIn
from .invitation_state import InvitationState
from .knowledge_optional_reason import KnowledgeOptionalReason
from .knowledge_reason import KnowledgeReason
from .knowledge_state import KnowledgeState
from .knowledge_stats import KnowledgeStats
from .knowledge_stats_practices_by_kind import KnowledgeStatsPracticesByKind
from .knowledge_stats_practices_by_state import KnowledgeStatsPracticesByState
from .knowledge_stats_published_by_region import KnowledgeStatsPublishedByRegion
from .knowledge_stats_published_by_sdg import KnowledgeStatsPublishedBySdg
from .knowledge_stats_published_by_theme import KnowledgeStatsPublishedByTheme
from .knowledge_stats_published_by_year import KnowledgeStatsPublishedByYear
from .knowledge_stats_resources_by_kind import KnowledgeStatsResourcesByKind
from .knowledge_summary import KnowledgeSummary
from .knowledge_summary_by_theme import KnowledgeSummaryByTheme
from .knowledge_transition_read import KnowledgeTransitionRead
from .level import Level
from .line_geometry import LineGeometry
from .list_regional_covenants_response_list_regional_covenants import ListRegionalCovenantsResponseListRegionalCovenants
from .list_signatories_badge_type_0 import ListSignatoriesBadgeType0
from .list_signatories_regional_covenant_type_0 import ListSignatoriesRegionalCovenantType0
from .location import Location
from .location_read import LocationRead
from .match_kind import MatchKind
from .match_page import MatchPage
from .match_read import MatchRead
from .match_run_read import MatchRunRead
from .match_status import MatchStatus
from .measurement_create import MeasurementCreate
from .measurement_page import MeasurementPage
from .measurement_read import MeasurementRead
from .message_delivery_page import MessageDeliveryPage
from .message_delivery_read import MessageDeliveryRead
from .message_queued import MessageQueued
from .metric_kind import MetricKind
from .metric_list import MetricList
from .metric_read import MetricRead
from .opportunity_create import OpportunityCreate
from .opportunity_kind import OpportunityKind
from .opportunity_page import OpportunityPage
from .opportunity_read import OpportunityRead
from .organisation import Organisation
from .organisation_create import OrganisationCreate
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .organisation_read import OrganisationRead
from .organisation_role import OrganisationRole
from .organisation_update import OrganisationUpdate
from .origin import Origin
from .pairing_feature import PairingFeature
from .pairing_page import PairingPage
from .pairing_properties import PairingProperties
from .pairing_read import PairingRead
from .pairing_state import PairingState
from .pairing_stats_read import PairingStatsRead
from .pairing_stats_read_activities_by_kind import PairingStatsReadActivitiesByKind
from .pairing_stats_read_pairings_by_call import PairingStatsReadPairingsByCall
from .pairing_stats_read_pairings_by_state import PairingStatsReadPairingsByState
from .pairing_summary import PairingSummary
from .participant_create import ParticipantCreate
from .participant_read import ParticipantRead
from .participant_role import ParticipantRole
from .partner_read import PartnerRead
from .party_kind import PartyKind
from .party_profile_page import PartyProfilePage
from .party_profile_read import PartyProfileRead
from .party_read import PartyRead
from .pillar import Pillar
from .plan_kind import PlanKind
from .plan_page import PlanPage
from .plan_read import PlanRead
from .plan_state import PlanState
from .plan_transition_read import PlanTransitionRead
from .plan_update import PlanUpdate
from .point_geometry import PointGeometry
from .practice_create import PracticeCreate
from .practice_invitation_create import PracticeInvitationCreate
from .practice_invitation_page import PracticeInvitationPage
from .practice_invitation_read import PracticeInvitationRead
from .practice_kind import PracticeKind
from .practice_page import PracticePage
from .practice_read import PracticeRead
from .practice_update import PracticeUpdate
from .priority_in import PriorityIn
from .priority_read import PriorityRead
from .problem import Problem
from .problem_error import ProblemError
from .provenance import Provenance
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .reason_body import ReasonBody
from .recommendation import Recommendation
from .recompute_read import RecomputeRead
from .recover_request import RecoverRequest
from .region_interest_create import RegionInterestCreate
from .region_interest_page import RegionInterestPage
from .region_interest_read import RegionInterestRead
from .region_page import RegionPage
from .region_pair_count import RegionPairCount
from .region_profile_put import RegionProfilePut
from .region_read import RegionRead
from .region_share import RegionShare
from .report_comparison import ReportComparison
from .report_comparison_completed_tasks_item import ReportComparisonCompletedTasksItem
from .report_comparison_progress_changes_item import ReportComparisonProgressChangesItem
from .report_comparison_status_changes_item import ReportComparisonStatusChangesItem
from .report_kind import ReportKind
from .report_page import ReportPage
from .report_summary import ReportSummary
from .requeued import Requeued
from .resource_create import ResourceCreate
from .resource_kind import ResourceKind
from .resource_page import ResourcePage
from .resource_read import ResourceRead
from .resource_update import ResourceUpdate
from .return_comments import ReturnComments
from .review_create import ReviewCreate
from .review_create_scores import ReviewCreateScores
from .review_read import ReviewRead
from .review_read_scores import ReviewReadScores
from .review_visibility import ReviewVisibility
from .risk_assessment_create import RiskAssessmentCreate
from .risk_assessment_read import RiskAssessmentRead
from .round_create import RoundCreate
from .round_create_preferences import RoundCreatePreferences
from .round_create_weights_type_0 import RoundCreateWeightsType0
from .round_page import RoundPage
from .round_read import RoundRead
from .round_read_weights import RoundReadWeights
from .round_report import RoundReport
from .round_report_share_matched_by_region import RoundReportShareMatchedByRegion
from .round_summary import RoundSummary
from .round_summary_weights import RoundSummaryWeights
from .score_distribution import ScoreDistribution
from .score_read import ScoreRead
from .sdg_read import SdgRead
from .sdg_read_short import SdgReadShort
from .sdg_read_title import SdgReadTitle
from .search_hit import SearchHit
from .search_result import SearchResult
from .search_result_facets import SearchResultFacets
from .secret_rotated import SecretRotated
from .sector import Sector
from .series_interval import SeriesInterval
from .series_line import SeriesLine
from .series_point import SeriesPoint
from .series_read import SeriesRead
from .side import Side
from .signatory_feature import SignatoryFeature
from .signatory_page import SignatoryPage
from .signatory_properties import SignatoryProperties
from .signatory_read import SignatoryRead
from .signatory_status import SignatoryStatus
from .signatory_upsert import SignatoryUpsert
from .size_band import SizeBand
from .solver import Solver
from .stage_in import StageIn
from .stage_read import StageRead
from .start_covenant_import_format import StartCovenantImportFormat
from .strategy_create import StrategyCreate
from .strategy_page import StrategyPage
from .strategy_read import StrategyRead
from .strategy_update import StrategyUpdate
from .summary_read import SummaryRead
from .target_create import TargetCreate
from .target_read import TargetRead
from .target_type import TargetType
from .task_create import TaskCreate
from .task_read import TaskRead
from .task_state import TaskState
from .task_update import TaskUpdate
from .token_error import TokenError
from .token_error_error import TokenErrorError
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .token_response_token_type import TokenResponseTokenType
from .trigger import Trigger
from .unmatched_party import UnmatchedParty
from .value_chain_create import ValueChainCreate
from .value_chain_page import ValueChainPage
from .value_chain_read import ValueChainRead
from .value_chains_stats_read import ValueChainsStatsRead
from .value_chains_stats_read_agreements_by_kind import ValueChainsStatsReadAgreementsByKind
from .value_chains_stats_read_matches_by_status import ValueChainsStatsReadMatchesByStatus
from .value_chains_stats_read_opportunities_open_by_kind import ValueChainsStatsReadOpportunitiesOpenByKind
from .value_chains_stats_read_organisations_by_kind import ValueChainsStatsReadOrganisationsByKind
from .value_chains_stats_read_organisations_by_side import ValueChainsStatsReadOrganisationsBySide
from .value_chains_summary import ValueChainsSummary
from .withdrawal import Withdrawal
from .world_region import WorldRegion
from .worst_off import WorstOff

__all__ = (
    "AcceptBody",
    "ActionCancel",
    "ActionCreate",
    "ActionKind",
    "ActionPage",
    "ActionPlansReportCreate",
    "ActionPlansReportRead",
    "ActionPlansReportReadSnapshot",
    "ActionPlansStatsRead",
    "ActionPlansStatsReadActionsByStatus",
    "ActionPlansStatsReadActionsByTheme",
    "ActionPlansStatsReadPlansByKind",
    "ActionPlansStatsReadPlansByState",
    "ActionPlansSummary",
    "ActionPlansSummaryActionsByStatus",
    "ActionPlansSummaryActionsByTheme",
    "ActionPlansSummaryIndicatorsByTrajectory",
    "ActionPlansSummaryPlansByState",
    "ActionRead",
    "ActionReadOrganisationsItem",
    "ActionStatus",
    "ActionUpdate",
    "ActivityCreate",
    "ActivityKind",
    "ActivityPage",
    "ActivityRead",
    "AdhesionType",
    "AgreementCreate",
    "AgreementKind",
    "AgreementPage",
    "AgreementRead",
    "ApplicationCreate",
    "ApplicationInvitationCreate",
    "ApplicationInvitationPage",
    "ApplicationInvitationRead",
    "ApplicationPage",
    "ApplicationRead",
    "ApplicationsImportRead",
    "ApplicationsOptionalReason",
    "ApplicationsReason",
    "ApplicationsState",
    "ApplicationsSummary",
    "ApplicationsSummaryByState",
    "ApplicationsSummaryMeanScoreByCriterion",
    "ApplicationsSummaryRefusedByRule",
    "ApplicationStatsRead",
    "ApplicationStatsReadApplicationsByCall",
    "ApplicationStatsReadApplicationsByState",
    "ApplicationsTransitionRead",
    "ApplicationUpdate",
    "AttemptPage",
    "AttemptRead",
    "AttemptResult",
    "Baseline",
    "BatchItemResult",
    "BatchItemResultOutcome",
    "BatchItemResultProblemType0",
    "BatchResult",
    "BlockingPair",
    "BodyBatchUpsertSignatories",
    "BodyBatchUpsertSignatoriesItemsItem",
    "Breakdown",
    "Budget",
    "CallCreate",
    "CallPage",
    "CallRead",
    "CallSettingsPut",
    "CallSettingsPutWeights",
    "CallSettingsRead",
    "CallSettingsReadWeights",
    "CallUpdate",
    "CandidatePage",
    "CandidateRead",
    "ChangePage",
    "ChangeRead",
    "ChangeReadOp",
    "CityCreate",
    "CityFeature",
    "CityPage",
    "CityProperties",
    "CityRead",
    "CityUpdate",
    "CommitmentIn",
    "CommitmentRead",
    "CompleteBody",
    "ComplianceRead",
    "ComplianceReadMissingItem",
    "ComplianceSummary",
    "ComplianceSummaryMissingItem",
    "Component",
    "CovenantImportRead",
    "CovenantReportCreate",
    "CovenantReportRead",
    "CovenantStatsRead",
    "CovenantStatsReadByBadge",
    "CovenantStatsReadByCountry",
    "CovenantStatsReadByGeneration",
    "CovenantStatsReadByRegionalCovenant",
    "CovenantStatsReadByStatus",
    "CovenantSummary",
    "CovenantSummaryByBadge",
    "CovenantSummaryByRegionalCovenant",
    "CovenantSummaryByStatus",
    "DeadlinePolicyRead",
    "DeadlinePolicyUpdate",
    "DeclineBody",
    "DeliveryState",
    "Direction",
    "EcosystemRead",
    "EmissionScope",
    "EndpointCreate",
    "EndpointCreated",
    "EndpointPage",
    "EndpointRead",
    "EndpointState",
    "EndpointUpdate",
    "EnergyAccessAssessmentCreate",
    "EnergyAccessAssessmentRead",
    "EventTypeList",
    "EventTypeRead",
    "EventTypeReadSchema",
    "ExpectedChange",
    "FacetCount",
    "FactorType",
    "FeatureCollection",
    "ForbiddenPairCreate",
    "ForbiddenPairPage",
    "ForbiddenPairRead",
    "GapCandidateRead",
    "GapRead",
    "GapsRead",
    "Generation",
    "GoalIn",
    "GoalRead",
    "GroupRef",
    "HazardIn",
    "HazardInTimeframe",
    "Health",
    "Impact",
    "ImportRowError",
    "ImportWarning_",
    "IndicatorCreate",
    "IndicatorPage",
    "IndicatorRead",
    "InterestCreate",
    "InterestRead",
    "InventoryCreate",
    "InventoryKind",
    "InventoryPage",
    "InventoryRead",
    "InventoryRowIn",
    "InvitationState",
    "KnowledgeOptionalReason",
    "KnowledgeReason",
    "KnowledgeState",
    "KnowledgeStats",
    "KnowledgeStatsPracticesByKind",
    "KnowledgeStatsPracticesByState",
    "KnowledgeStatsPublishedByRegion",
    "KnowledgeStatsPublishedBySdg",
    "KnowledgeStatsPublishedByTheme",
    "KnowledgeStatsPublishedByYear",
    "KnowledgeStatsResourcesByKind",
    "KnowledgeSummary",
    "KnowledgeSummaryByTheme",
    "KnowledgeTransitionRead",
    "Level",
    "LineGeometry",
    "ListRegionalCovenantsResponseListRegionalCovenants",
    "ListSignatoriesBadgeType0",
    "ListSignatoriesRegionalCovenantType0",
    "Location",
    "LocationRead",
    "MatchKind",
    "MatchPage",
    "MatchRead",
    "MatchRunRead",
    "MatchStatus",
    "MeasurementCreate",
    "MeasurementPage",
    "MeasurementRead",
    "MessageDeliveryPage",
    "MessageDeliveryRead",
    "MessageQueued",
    "MetricKind",
    "MetricList",
    "MetricRead",
    "OpportunityCreate",
    "OpportunityKind",
    "OpportunityPage",
    "OpportunityRead",
    "Organisation",
    "OrganisationCreate",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationRead",
    "OrganisationRole",
    "OrganisationUpdate",
    "Origin",
    "PairingFeature",
    "PairingPage",
    "PairingProperties",
    "PairingRead",
    "PairingState",
    "PairingStatsRead",
    "PairingStatsReadActivitiesByKind",
    "PairingStatsReadPairingsByCall",
    "PairingStatsReadPairingsByState",
    "PairingSummary",
    "ParticipantCreate",
    "ParticipantRead",
    "ParticipantRole",
    "PartnerRead",
    "PartyKind",
    "PartyProfilePage",
    "PartyProfileRead",
    "PartyRead",
    "Pillar",
    "PlanKind",
    "PlanPage",
    "PlanRead",
    "PlanState",
    "PlanTransitionRead",
    "PlanUpdate",
    "PointGeometry",
    "PracticeCreate",
    "PracticeInvitationCreate",
    "PracticeInvitationPage",
    "PracticeInvitationRead",
    "PracticeKind",
    "PracticePage",
    "PracticeRead",
    "PracticeUpdate",
    "PriorityIn",
    "PriorityRead",
    "Problem",
    "ProblemError",
    "Provenance",
    "Readiness",
    "ReadinessChecks",
    "ReasonBody",
    "Recommendation",
    "RecomputeRead",
    "RecoverRequest",
    "RegionInterestCreate",
    "RegionInterestPage",
    "RegionInterestRead",
    "RegionPage",
    "RegionPairCount",
    "RegionProfilePut",
    "RegionRead",
    "RegionShare",
    "ReportComparison",
    "ReportComparisonCompletedTasksItem",
    "ReportComparisonProgressChangesItem",
    "ReportComparisonStatusChangesItem",
    "ReportKind",
    "ReportPage",
    "ReportSummary",
    "Requeued",
    "ResourceCreate",
    "ResourceKind",
    "ResourcePage",
    "ResourceRead",
    "ResourceUpdate",
    "ReturnComments",
    "ReviewCreate",
    "ReviewCreateScores",
    "ReviewRead",
    "ReviewReadScores",
    "ReviewVisibility",
    "RiskAssessmentCreate",
    "RiskAssessmentRead",
    "RoundCreate",
    "RoundCreatePreferences",
    "RoundCreateWeightsType0",
    "RoundPage",
    "RoundRead",
    "RoundReadWeights",
    "RoundReport",
    "RoundReportShareMatchedByRegion",
    "RoundSummary",
    "RoundSummaryWeights",
    "ScoreDistribution",
    "ScoreRead",
    "SdgRead",
    "SdgReadShort",
    "SdgReadTitle",
    "SearchHit",
    "SearchResult",
    "SearchResultFacets",
    "SecretRotated",
    "Sector",
    "SeriesInterval",
    "SeriesLine",
    "SeriesPoint",
    "SeriesRead",
    "Side",
    "SignatoryFeature",
    "SignatoryPage",
    "SignatoryProperties",
    "SignatoryRead",
    "SignatoryStatus",
    "SignatoryUpsert",
    "SizeBand",
    "Solver",
    "StageIn",
    "StageRead",
    "StartCovenantImportFormat",
    "StrategyCreate",
    "StrategyPage",
    "StrategyRead",
    "StrategyUpdate",
    "SummaryRead",
    "TargetCreate",
    "TargetRead",
    "TargetType",
    "TaskCreate",
    "TaskRead",
    "TaskState",
    "TaskUpdate",
    "TokenError",
    "TokenErrorError",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
    "Trigger",
    "UnmatchedParty",
    "ValueChainCreate",
    "ValueChainPage",
    "ValueChainRead",
    "ValueChainsStatsRead",
    "ValueChainsStatsReadAgreementsByKind",
    "ValueChainsStatsReadMatchesByStatus",
    "ValueChainsStatsReadOpportunitiesOpenByKind",
    "ValueChainsStatsReadOrganisationsByKind",
    "ValueChainsStatsReadOrganisationsBySide",
    "ValueChainsSummary",
    "Withdrawal",
    "WorldRegion",
    "WorstOff",
)

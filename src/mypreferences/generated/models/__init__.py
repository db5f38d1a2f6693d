"""The data models of the API's inputs and outputs; each model module is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_entry import AddressEntry
    from .address_type_entry_list import AddressTypeEntryList
    from .alternate_id_entry import AlternateIdEntry
    from .alternate_id_type_entry_list import AlternateIdTypeEntryList
    from .archive_address_preference import ArchiveAddressPreference
    from .archive_email_preference import ArchiveEmailPreference
    from .archive_phone_number_preference import ArchivePhoneNumberPreference
    from .archive_preferences import ArchivePreferences
    from .archive_profile_preference import ArchiveProfilePreference
    from .cass_status import CassStatus
    from .config_edit_info import ConfigEditInfo
    from .config_type_entry import ConfigTypeEntry
    from .consent_association import ConsentAssociation
    from .consent_filter_version import ConsentFilterVersion
    from .consent_status import ConsentStatus
    from .consent_status_code import ConsentStatusCode
    from .consent_status_definition import ConsentStatusDefinition
    from .consent_status_definition_list import ConsentStatusDefinitionList
    from .consent_type_definition import ConsentTypeDefinition
    from .consent_type_definition_list import ConsentTypeDefinitionList
    from .consent_type_version import ConsentTypeVersion
    from .create_address_entry import CreateAddressEntry
    from .create_address_preference import CreateAddressPreference
    from .create_address_type_list import CreateAddressTypeList
    from .create_alternate_id_type_list import CreateAlternateIdTypeList
    from .create_config_type_entry import CreateConfigTypeEntry
    from .create_consent_type_entry import CreateConsentTypeEntry
    from .create_consent_type_list import CreateConsentTypeList
    from .create_customer_consent import CreateCustomerConsent
    from .create_customer_consent_list import CreateCustomerConsentList
    from .create_customer_type_list import CreateCustomerTypeList
    from .create_email_entry import CreateEmailEntry
    from .create_email_preference import CreateEmailPreference
    from .create_email_type_list import CreateEmailTypeList
    from .create_group_type_list import CreateGroupTypeList
    from .create_phone_number_entry import CreatePhoneNumberEntry
    from .create_phone_number_preference import CreatePhoneNumberPreference
    from .create_phone_type_list import CreatePhoneTypeList
    from .create_profile_preference import CreateProfilePreference
    from .create_user_profile import CreateUserProfile
    from .custom_field_common import CustomFieldCommon
    from .custom_field_definition_list import CustomFieldDefinitionList
    from .custom_field_localized_display_name import CustomFieldLocalizedDisplayName
    from .custom_field_numeric import CustomFieldNumeric
    from .custom_field_select_list import CustomFieldSelectList
    from .custom_field_text import CustomFieldText
    from .custom_field_update_rule import CustomFieldUpdateRule
    from .custom_field_update_rule_entry import CustomFieldUpdateRuleEntry
    from .custom_field_update_rule_list import CustomFieldUpdateRuleList
    from .custom_field_value import CustomFieldValue
    from .custom_fields_query import CustomFieldsQuery
    from .custom_property_criteria import CustomPropertyCriteria
    from .custom_property_entry import CustomPropertyEntry
    from .customer_consent import CustomerConsent
    from .customer_name import CustomerName
    from .customer_type_entry_list import CustomerTypeEntryList
    from .date_time_custom_field_list import DateTimeCustomFieldList
    from .edit_info import EditInfo
    from .email_entry import EmailEntry
    from .email_type_entry_list import EmailTypeEntryList
    from .error import Error
    from .export_access_token import ExportAccessToken
    from .export_data_page import ExportDataPage
    from .export_job_status import ExportJobStatus
    from .export_record_object import ExportRecordObject
    from .export_status import ExportStatus
    from .exported_profile import ExportedProfile
    from .filter_definition import FilterDefinition
    from .filter_list import FilterList
    from .filter_preference_attribute import FilterPreferenceAttribute
    from .frequency_locale import FrequencyLocale
    from .frequency_option import FrequencyOption
    from .group_entry import GroupEntry
    from .group_name_list import GroupNameList
    from .group_type_entry_list import GroupTypeEntryList
    from .import_action import ImportAction
    from .import_exceptions_page import ImportExceptionsPage
    from .import_initiate_request import ImportInitiateRequest
    from .import_job_status import ImportJobStatus
    from .import_profile_record import ImportProfileRecord
    from .import_stage_request import ImportStageRequest
    from .import_status import ImportStatus
    from .json_patch_op import JsonPatchOp
    from .json_patch_operation import JsonPatchOperation
    from .localized_consent_text import LocalizedConsentText
    from .localized_text import LocalizedText
    from .match_type import MatchType
    from .numeric_custom_field_list import NumericCustomFieldList
    from .phone_number_entry import PhoneNumberEntry
    from .phone_type_entry_list import PhoneTypeEntryList
    from .picklist_definition import PicklistDefinition
    from .picklist_definition_list import PicklistDefinitionList
    from .picklist_field_select_option import PicklistFieldSelectOption
    from .preference_attribute import PreferenceAttribute
    from .preference_attribute_constraint import PreferenceAttributeConstraint
    from .preference_attribute_display_text import PreferenceAttributeDisplayText
    from .preference_attributes_query import PreferenceAttributesQuery
    from .preference_status import PreferenceStatus
    from .preference_type import PreferenceType
    from .profile_preference import ProfilePreference
    from .program_definition import ProgramDefinition
    from .program_group_definition import ProgramGroupDefinition
    from .program_group_list import ProgramGroupList
    from .program_list import ProgramList
    from .reason_code import ReasonCode
    from .required_preference_consent import RequiredPreferenceConsent
    from .segment_match_criteria import SegmentMatchCriteria
    from .segment_request_info import SegmentRequestInfo
    from .select_list_custom_field_list import SelectListCustomFieldList
    from .select_list_custom_fields_query import SelectListCustomFieldsQuery
    from .standard_field_history import StandardFieldHistory
    from .submit_preferences import SubmitPreferences
    from .tag import Tag
    from .tag_count import TagCount
    from .tag_count_list import TagCountList
    from .tag_definition import TagDefinition
    from .tags_query import TagsQuery
    from .text_custom_field_list import TextCustomFieldList
    from .text_tag import TextTag
    from .text_tag_locale import TextTagLocale
    from .update_acknowledgement import UpdateAcknowledgement
    from .update_status import UpdateStatus
    from .user_profile import UserProfile
    from .user_profile_preference import UserProfilePreference

_MODULES = {
    "AddressEntry": ".address_entry",
    "AddressTypeEntryList": ".address_type_entry_list",
    "AlternateIdEntry": ".alternate_id_entry",
    "AlternateIdTypeEntryList": ".alternate_id_type_entry_list",
    "ArchiveAddressPreference": ".archive_address_preference",
    "ArchiveEmailPreference": ".archive_email_preference",
    "ArchivePhoneNumberPreference": ".archive_phone_number_preference",
    "ArchivePreferences": ".archive_preferences",
    "ArchiveProfilePreference": ".archive_profile_preference",
    "CassStatus": ".cass_status",
    "ConfigEditInfo": ".config_edit_info",
    "ConfigTypeEntry": ".config_type_entry",
    "ConsentAssociation": ".consent_association",
    "ConsentFilterVersion": ".consent_filter_version",
    "ConsentStatus": ".consent_status",
    "ConsentStatusCode": ".consent_status_code",
    "ConsentStatusDefinition": ".consent_status_definition",
    "ConsentStatusDefinitionList": ".consent_status_definition_list",
    "ConsentTypeDefinition": ".consent_type_definition",
    "ConsentTypeDefinitionList": ".consent_type_definition_list",
    "ConsentTypeVersion": ".consent_type_version",
    "CreateAddressEntry": ".create_address_entry",
    "CreateAddressPreference": ".create_address_preference",
    "CreateAddressTypeList": ".create_address_type_list",
    "CreateAlternateIdTypeList": ".create_alternate_id_type_list",
    "CreateConfigTypeEntry": ".create_config_type_entry",
    "CreateConsentTypeEntry": ".create_consent_type_entry",
    "CreateConsentTypeList": ".create_consent_type_list",
    "CreateCustomerConsent": ".create_customer_consent",
    "CreateCustomerConsentList": ".create_customer_consent_list",
    "CreateCustomerTypeList": ".create_customer_type_list",
    "CreateEmailEntry": ".create_email_entry",
    "CreateEmailPreference": ".create_email_preference",
    "CreateEmailTypeList": ".create_email_type_list",
    "CreateGroupTypeList": ".create_group_type_list",
    "CreatePhoneNumberEntry": ".create_phone_number_entry",
    "CreatePhoneNumberPreference": ".create_phone_number_preference",
    "CreatePhoneTypeList": ".create_phone_type_list",
    "CreateProfilePreference": ".create_profile_preference",
    "CreateUserProfile": ".create_user_profile",
    "CustomFieldCommon": ".custom_field_common",
    "CustomFieldDefinitionList": ".custom_field_definition_list",
    "CustomFieldLocalizedDisplayName": ".custom_field_localized_display_name",
    "CustomFieldNumeric": ".custom_field_numeric",
    "CustomFieldSelectList": ".custom_field_select_list",
    "CustomFieldText": ".custom_field_text",
    "CustomFieldUpdateRule": ".custom_field_update_rule",
    "CustomFieldUpdateRuleEntry": ".custom_field_update_rule_entry",
    "CustomFieldUpdateRuleList": ".custom_field_update_rule_list",
    "CustomFieldValue": ".custom_field_value",
    "CustomFieldsQuery": ".custom_fields_query",
    "CustomPropertyCriteria": ".custom_property_criteria",
    "CustomPropertyEntry": ".custom_property_entry",
    "CustomerConsent": ".customer_consent",
    "CustomerName": ".customer_name",
    "CustomerTypeEntryList": ".customer_type_entry_list",
    "DateTimeCustomFieldList": ".date_time_custom_field_list",
    "EditInfo": ".edit_info",
    "EmailEntry": ".email_entry",
    "EmailTypeEntryList": ".email_type_entry_list",
    "Error": ".error",
    "ExportAccessToken": ".export_access_token",
    "ExportDataPage": ".export_data_page",
    "ExportJobStatus": ".export_job_status",
    "ExportRecordObject": ".export_record_object",
    "ExportStatus": ".export_status",
    "ExportedProfile": ".exported_profile",
    "FilterDefinition": ".filter_definition",
    "FilterList": ".filter_list",
    "FilterPreferenceAttribute": ".filter_preference_attribute",
    "FrequencyLocale": ".frequency_locale",
    "FrequencyOption": ".frequency_option",
    "GroupEntry": ".group_entry",
    "GroupNameList": ".group_name_list",
    "GroupTypeEntryList": ".group_type_entry_list",
    "ImportAction": ".import_action",
    "ImportExceptionsPage": ".import_exceptions_page",
    "ImportInitiateRequest": ".import_initiate_request",
    "ImportJobStatus": ".import_job_status",
    "ImportProfileRecord": ".import_profile_record",
    "ImportStageRequest": ".import_stage_request",
    "ImportStatus": ".import_status",
    "JsonPatchOp": ".json_patch_op",
    "JsonPatchOperation": ".json_patch_operation",
    "LocalizedConsentText": ".localized_consent_text",
    "LocalizedText": ".localized_text",
    "MatchType": ".match_type",
    "NumericCustomFieldList": ".numeric_custom_field_list",
    "PhoneNumberEntry": ".phone_number_entry",
    "PhoneTypeEntryList": ".phone_type_entry_list",
    "PicklistDefinition": ".picklist_definition",
    "PicklistDefinitionList": ".picklist_definition_list",
    "PicklistFieldSelectOption": ".picklist_field_select_option",
    "PreferenceAttribute": ".preference_attribute",
    "PreferenceAttributeConstraint": ".preference_attribute_constraint",
    "PreferenceAttributeDisplayText": ".preference_attribute_display_text",
    "PreferenceAttributesQuery": ".preference_attributes_query",
    "PreferenceStatus": ".preference_status",
    "PreferenceType": ".preference_type",
    "ProfilePreference": ".profile_preference",
    "ProgramDefinition": ".program_definition",
    "ProgramGroupDefinition": ".program_group_definition",
    "ProgramGroupList": ".program_group_list",
    "ProgramList": ".program_list",
    "ReasonCode": ".reason_code",
    "RequiredPreferenceConsent": ".required_preference_consent",
    "SegmentMatchCriteria": ".segment_match_criteria",
    "SegmentRequestInfo": ".segment_request_info",
    "SelectListCustomFieldList": ".select_list_custom_field_list",
    "SelectListCustomFieldsQuery": ".select_list_custom_fields_query",
    "StandardFieldHistory": ".standard_field_history",
    "SubmitPreferences": ".submit_preferences",
    "Tag": ".tag",
    "TagCount": ".tag_count",
    "TagCountList": ".tag_count_list",
    "TagDefinition": ".tag_definition",
    "TagsQuery": ".tags_query",
    "TextCustomFieldList": ".text_custom_field_list",
    "TextTag": ".text_tag",
    "TextTagLocale": ".text_tag_locale",
    "UpdateAcknowledgement": ".update_acknowledgement",
    "UpdateStatus": ".update_status",
    "UserProfile": ".user_profile",
    "UserProfilePreference": ".user_profile_preference",
}

__all__ = (
    "AddressEntry",
    "AddressTypeEntryList",
    "AlternateIdEntry",
    "AlternateIdTypeEntryList",
    "ArchiveAddressPreference",
    "ArchiveEmailPreference",
    "ArchivePhoneNumberPreference",
    "ArchivePreferences",
    "ArchiveProfilePreference",
    "CassStatus",
    "ConfigEditInfo",
    "ConfigTypeEntry",
    "ConsentAssociation",
    "ConsentFilterVersion",
    "ConsentStatus",
    "ConsentStatusCode",
    "ConsentStatusDefinition",
    "ConsentStatusDefinitionList",
    "ConsentTypeDefinition",
    "ConsentTypeDefinitionList",
    "ConsentTypeVersion",
    "CreateAddressEntry",
    "CreateAddressPreference",
    "CreateAddressTypeList",
    "CreateAlternateIdTypeList",
    "CreateConfigTypeEntry",
    "CreateConsentTypeEntry",
    "CreateConsentTypeList",
    "CreateCustomerConsent",
    "CreateCustomerConsentList",
    "CreateCustomerTypeList",
    "CreateEmailEntry",
    "CreateEmailPreference",
    "CreateEmailTypeList",
    "CreateGroupTypeList",
    "CreatePhoneNumberEntry",
    "CreatePhoneNumberPreference",
    "CreatePhoneTypeList",
    "CreateProfilePreference",
    "CreateUserProfile",
    "CustomFieldCommon",
    "CustomFieldDefinitionList",
    "CustomFieldLocalizedDisplayName",
    "CustomFieldNumeric",
    "CustomFieldSelectList",
    "CustomFieldText",
    "CustomFieldUpdateRule",
    "CustomFieldUpdateRuleEntry",
    "CustomFieldUpdateRuleList",
    "CustomFieldValue",
    "CustomFieldsQuery",
    "CustomPropertyCriteria",
    "CustomPropertyEntry",
    "CustomerConsent",
    "CustomerName",
    "CustomerTypeEntryList",
    "DateTimeCustomFieldList",
    "EditInfo",
    "EmailEntry",
    "EmailTypeEntryList",
    "Error",
    "ExportAccessToken",
    "ExportDataPage",
    "ExportJobStatus",
    "ExportRecordObject",
    "ExportStatus",
    "ExportedProfile",
    "FilterDefinition",
    "FilterList",
    "FilterPreferenceAttribute",
    "FrequencyLocale",
    "FrequencyOption",
    "GroupEntry",
    "GroupNameList",
    "GroupTypeEntryList",
    "ImportAction",
    "ImportExceptionsPage",
    "ImportInitiateRequest",
    "ImportJobStatus",
    "ImportProfileRecord",
    "ImportStageRequest",
    "ImportStatus",
    "JsonPatchOp",
    "JsonPatchOperation",
    "LocalizedConsentText",
    "LocalizedText",
    "MatchType",
    "NumericCustomFieldList",
    "PhoneNumberEntry",
    "PhoneTypeEntryList",
    "PicklistDefinition",
    "PicklistDefinitionList",
    "PicklistFieldSelectOption",
    "PreferenceAttribute",
    "PreferenceAttributeConstraint",
    "PreferenceAttributeDisplayText",
    "PreferenceAttributesQuery",
    "PreferenceStatus",
    "PreferenceType",
    "ProfilePreference",
    "ProgramDefinition",
    "ProgramGroupDefinition",
    "ProgramGroupList",
    "ProgramList",
    "ReasonCode",
    "RequiredPreferenceConsent",
    "SegmentMatchCriteria",
    "SegmentRequestInfo",
    "SelectListCustomFieldList",
    "SelectListCustomFieldsQuery",
    "StandardFieldHistory",
    "SubmitPreferences",
    "Tag",
    "TagCount",
    "TagCountList",
    "TagDefinition",
    "TagsQuery",
    "TextCustomFieldList",
    "TextTag",
    "TextTagLocale",
    "UpdateAcknowledgement",
    "UpdateStatus",
    "UserProfile",
    "UserProfilePreference",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

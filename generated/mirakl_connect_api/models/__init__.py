"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (``models.Order`` or
``from mirakl_connect_api.models import Order``), so that importing the package stays cheap.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledge_return_reception_command_event import AcknowledgeReturnReceptionCommandEvent
    from .action_error import ActionError
    from .action_error_code import ActionErrorCode
    from .action_status import ActionStatus
    from .address_request import AddressRequest
    from .adjustment_reason import AdjustmentReason
    from .adjustment_request import AdjustmentRequest
    from .adjustment_type import AdjustmentType
    from .attribute_context import AttributeContext
    from .attribute_type import AttributeType
    from .billing_info_request import BillingInfoRequest
    from .boolean_attribute import BooleanAttribute
    from .business_information_input import BusinessInformationInput
    from .carrier_request import CarrierRequest
    from .channel_catalog_capabilities import ChannelCatalogCapabilities
    from .close_return_command_event import CloseReturnCommandEvent
    from .configuration_mode import ConfigurationMode
    from .connect_standard_attribute import ConnectStandardAttribute
    from .custom_attribute_boolean_request import CustomAttributeBooleanRequest
    from .custom_attribute_date_request import CustomAttributeDateRequest
    from .custom_attribute_list_request import CustomAttributeListRequest
    from .custom_attribute_numeric_request import CustomAttributeNumericRequest
    from .custom_attribute_string_request import CustomAttributeStringRequest
    from .custom_attribute_type import CustomAttributeType
    from .delete_order_document_request import DeleteOrderDocumentRequest
    from .delivery_date import DeliveryDate
    from .delivery_partner import DeliveryPartner
    from .diagnostic import Diagnostic
    from .diagnostic_override_action import DiagnosticOverrideAction
    from .discount_price_period import DiscountPricePeriod
    from .discount_price_upsert import DiscountPriceUpsert
    from .document_entity import DocumentEntity
    from .document_entity_type import DocumentEntityType
    from .document_origin_request import DocumentOriginRequest
    from .document_type import DocumentType
    from .document_upload_command_event import DocumentUploadCommandEvent
    from .embedded_decimal_attribute import EmbeddedDecimalAttribute
    from .embedded_integer_attribute import EmbeddedIntegerAttribute
    from .embedded_list_attribute import EmbeddedListAttribute
    from .embedded_media_attribute import EmbeddedMediaAttribute
    from .embedded_text_attribute import EmbeddedTextAttribute
    from .enable_status_feature_configuration_payload import EnableStatusFeatureConfigurationPayload
    from .equals_rule_condition_payload import EqualsRuleConditionPayload
    from .error import Error
    from .error_extensions import ErrorExtensions
    from .error_item import ErrorItem
    from .error_item_extensions import ErrorItemExtensions
    from .feature_enable_status import FeatureEnableStatus
    from .feature_link_status import FeatureLinkStatus
    from .fulfillment_partner_stock import FulfillmentPartnerStock
    from .fulfillment_request import FulfillmentRequest
    from .fulfillment_type import FulfillmentType
    from .in_rule_condition_payload import InRuleConditionPayload
    from .inventory_upsert import InventoryUpsert
    from .is_set_rule_condition_payload import IsSetRuleConditionPayload
    from .kyc_status import KycStatus
    from .link_status_feature_configuration_payload import LinkStatusFeatureConfigurationPayload
    from .list_attribute import ListAttribute
    from .list_attribute_item import ListAttributeItem
    from .list_value import ListValue
    from .localized import Localized
    from .media_type import MediaType
    from .money import Money
    from .numeric_attribute import NumericAttribute
    from .offer_attribute_type import OfferAttributeType
    from .offer_configuration import OfferConfiguration
    from .offer_status import OfferStatus
    from .offer_upsert_event import OfferUpsertEvent
    from .offer_upsert_event_data import OfferUpsertEventData
    from .offer_upsert_event_type import OfferUpsertEventType
    from .order_acceptance_command_event import OrderAcceptanceCommandEvent
    from .order_action_event import OrderActionEvent
    from .order_action_type import OrderActionType
    from .order_cancelation_command_event import OrderCancelationCommandEvent
    from .order_line_acceptance_payload import OrderLineAcceptancePayload
    from .order_line_cancelation_payload import OrderLineCancelationPayload
    from .order_line_refund_payload import OrderLineRefundPayload
    from .order_line_request import OrderLineRequest
    from .order_refund_command_event import OrderRefundCommandEvent
    from .order_request import OrderRequest
    from .order_shipment_command_event import OrderShipmentCommandEvent
    from .order_shipment_item_payload import OrderShipmentItemPayload
    from .order_status import OrderStatus
    from .order_status_reason import OrderStatusReason
    from .origin_request import OriginRequest
    from .partner import Partner
    from .price import Price
    from .price_payload import PricePayload
    from .price_stock_upsert_event import PriceStockUpsertEvent
    from .price_stock_upsert_event_data import PriceStockUpsertEventData
    from .price_stock_upsert_event_type import PriceStockUpsertEventType
    from .pricing_configuration import PricingConfiguration
    from .pricing_configuration_field import PricingConfigurationField
    from .pricing_requirement_level import PricingRequirementLevel
    from .product_attribute_type import ProductAttributeType
    from .product_identifier import ProductIdentifier
    from .product_list_attribute import ProductListAttribute
    from .product_list_attribute_value import ProductListAttributeValue
    from .product_offer_boolean_attribute import ProductOfferBooleanAttribute
    from .product_offer_list_attribute import ProductOfferListAttribute
    from .product_offer_numeric_attribute import ProductOfferNumericAttribute
    from .product_offer_text_attribute import ProductOfferTextAttribute
    from .product_request import ProductRequest
    from .product_status import ProductStatus
    from .product_text_attribute import ProductTextAttribute
    from .product_type import ProductType
    from .product_type_context import ProductTypeContext
    from .product_type_rule import ProductTypeRule
    from .product_type_rule_action_all import ProductTypeRuleActionAll
    from .product_type_rule_action_redefine_attribute import ProductTypeRuleActionRedefineAttribute
    from .product_type_rule_condition_all import ProductTypeRuleConditionAll
    from .product_type_rule_condition_any import ProductTypeRuleConditionAny
    from .product_type_rule_condition_equals import ProductTypeRuleConditionEquals
    from .product_type_rule_condition_in import ProductTypeRuleConditionIn
    from .product_type_rule_condition_is_set import ProductTypeRuleConditionIsSet
    from .product_type_rule_condition_not import ProductTypeRuleConditionNot
    from .product_type_rule_reference import ProductTypeRuleReference
    from .product_upsert_attribute import ProductUpsertAttribute
    from .product_upsert_event import ProductUpsertEvent
    from .product_upsert_event_data import ProductUpsertEventData
    from .product_upsert_event_type import ProductUpsertEventType
    from .quality_suspension_reason import QualitySuspensionReason
    from .redefine_attribute_action_payload import RedefineAttributeActionPayload
    from .requested_document_type import RequestedDocumentType
    from .requirement_level import RequirementLevel
    from .return_acceptance_command_event import ReturnAcceptanceCommandEvent
    from .return_address import ReturnAddress
    from .return_error import ReturnError
    from .return_error_detail import ReturnErrorDetail
    from .return_line_request import ReturnLineRequest
    from .return_reason import ReturnReason
    from .return_rejection_reason import ReturnRejectionReason
    from .return_request import ReturnRequest
    from .return_status import ReturnStatus
    from .return_success import ReturnSuccess
    from .return_tracking import ReturnTracking
    from .return_tracking_information_update_command_event import ReturnTrackingInformationUpdateCommandEvent
    from .seller_centralized_stock import SellerCentralizedStock
    from .seller_warehouse_stock import SellerWarehouseStock
    from .shipping_info_request import ShippingInfoRequest
    from .standard_offer_attribute import StandardOfferAttribute
    from .standard_price_upsert import StandardPriceUpsert
    from .stock_type import StockType
    from .stock_upsert import StockUpsert
    from .store_feature import StoreFeature
    from .store_feature_data import StoreFeatureData
    from .store_management_feature_event import StoreManagementFeatureEvent
    from .sub_channel import SubChannel
    from .sub_channel_data import SubChannelData
    from .sub_channel_price import SubChannelPrice
    from .support_status import SupportStatus
    from .tax_payload import TaxPayload
    from .tax_request import TaxRequest
    from .taxonomy_rule_request import TaxonomyRuleRequest
    from .text_attribute import TextAttribute
    from .tracking import Tracking
    from .update_action_request import UpdateActionRequest
    from .update_anonymize_after_request import UpdateAnonymizeAfterRequest
    from .update_anonymize_after_request_item import UpdateAnonymizeAfterRequestItem
    from .update_store_catalog_item import UpdateStoreCatalogItem
    from .update_store_catalog_items_request import UpdateStoreCatalogItemsRequest
    from .upload_order_document_entity_event import UploadOrderDocumentEntityEvent
    from .upload_order_document_metadata import UploadOrderDocumentMetadata
    from .upload_order_document_request import UploadOrderDocumentRequest
    from .upsert_action_type import UpsertActionType
    from .upsert_carriers_request import UpsertCarriersRequest
    from .upsert_orders_request import UpsertOrdersRequest
    from .upsert_returns_request import UpsertReturnsRequest
    from .upsert_returns_response import UpsertReturnsResponse
    from .use_case_configuration import UseCaseConfiguration
    from .use_case_configuration_attributes import UseCaseConfigurationAttributes
    from .use_case_configurations import UseCaseConfigurations
    from .warehouse import Warehouse

# name -> module (under this package) that defines it
_MODULES: dict[str, str] = {
    "AcknowledgeReturnReceptionCommandEvent": ".acknowledge_return_reception_command_event",
    "ActionError": ".action_error",
    "ActionErrorCode": ".action_error_code",
    "ActionStatus": ".action_status",
    "AddressRequest": ".address_request",
    "AdjustmentReason": ".adjustment_reason",
    "AdjustmentRequest": ".adjustment_request",
    "AdjustmentType": ".adjustment_type",
    "AttributeContext": ".attribute_context",
    "AttributeType": ".attribute_type",
    "BillingInfoRequest": ".billing_info_request",
    "BooleanAttribute": ".boolean_attribute",
    "BusinessInformationInput": ".business_information_input",
    "CarrierRequest": ".carrier_request",
    "ChannelCatalogCapabilities": ".channel_catalog_capabilities",
    "CloseReturnCommandEvent": ".close_return_command_event",
    "ConfigurationMode": ".configuration_mode",
    "ConnectStandardAttribute": ".connect_standard_attribute",
    "CustomAttributeBooleanRequest": ".custom_attribute_boolean_request",
    "CustomAttributeDateRequest": ".custom_attribute_date_request",
    "CustomAttributeListRequest": ".custom_attribute_list_request",
    "CustomAttributeNumericRequest": ".custom_attribute_numeric_request",
    "CustomAttributeStringRequest": ".custom_attribute_string_request",
    "CustomAttributeType": ".custom_attribute_type",
    "DeleteOrderDocumentRequest": ".delete_order_document_request",
    "DeliveryDate": ".delivery_date",
    "DeliveryPartner": ".delivery_partner",
    "Diagnostic": ".diagnostic",
    "DiagnosticOverrideAction": ".diagnostic_override_action",
    "DiscountPricePeriod": ".discount_price_period",
    "DiscountPriceUpsert": ".discount_price_upsert",
    "DocumentEntity": ".document_entity",
    "DocumentEntityType": ".document_entity_type",
    "DocumentOriginRequest": ".document_origin_request",
    "DocumentType": ".document_type",
    "DocumentUploadCommandEvent": ".document_upload_command_event",
    "EmbeddedDecimalAttribute": ".embedded_decimal_attribute",
    "EmbeddedIntegerAttribute": ".embedded_integer_attribute",
    "EmbeddedListAttribute": ".embedded_list_attribute",
    "EmbeddedMediaAttribute": ".embedded_media_attribute",
    "EmbeddedTextAttribute": ".embedded_text_attribute",
    "EnableStatusFeatureConfigurationPayload": ".enable_status_feature_configuration_payload",
    "EqualsRuleConditionPayload": ".equals_rule_condition_payload",
    "Error": ".error",
    "ErrorExtensions": ".error_extensions",
    "ErrorItem": ".error_item",
    "ErrorItemExtensions": ".error_item_extensions",
    "FeatureEnableStatus": ".feature_enable_status",
    "FeatureLinkStatus": ".feature_link_status",
    "FulfillmentPartnerStock": ".fulfillment_partner_stock",
    "FulfillmentRequest": ".fulfillment_request",
    "FulfillmentType": ".fulfillment_type",
    "InRuleConditionPayload": ".in_rule_condition_payload",
    "InventoryUpsert": ".inventory_upsert",
    "IsSetRuleConditionPayload": ".is_set_rule_condition_payload",
    "KycStatus": ".kyc_status",
    "LinkStatusFeatureConfigurationPayload": ".link_status_feature_configuration_payload",
    "ListAttribute": ".list_attribute",
    "ListAttributeItem": ".list_attribute_item",
    "ListValue": ".list_value",
    "Localized": ".localized",
    "MediaType": ".media_type",
    "Money": ".money",
    "NumericAttribute": ".numeric_attribute",
    "OfferAttributeType": ".offer_attribute_type",
    "OfferConfiguration": ".offer_configuration",
    "OfferStatus": ".offer_status",
    "OfferUpsertEvent": ".offer_upsert_event",
    "OfferUpsertEventData": ".offer_upsert_event_data",
    "OfferUpsertEventType": ".offer_upsert_event_type",
    "OrderAcceptanceCommandEvent": ".order_acceptance_command_event",
    "OrderActionEvent": ".order_action_event",
    "OrderActionType": ".order_action_type",
    "OrderCancelationCommandEvent": ".order_cancelation_command_event",
    "OrderLineAcceptancePayload": ".order_line_acceptance_payload",
    "OrderLineCancelationPayload": ".order_line_cancelation_payload",
    "OrderLineRefundPayload": ".order_line_refund_payload",
    "OrderLineRequest": ".order_line_request",
    "OrderRefundCommandEvent": ".order_refund_command_event",
    "OrderRequest": ".order_request",
    "OrderShipmentCommandEvent": ".order_shipment_command_event",
    "OrderShipmentItemPayload": ".order_shipment_item_payload",
    "OrderStatus": ".order_status",
    "OrderStatusReason": ".order_status_reason",
    "OriginRequest": ".origin_request",
    "Partner": ".partner",
    "Price": ".price",
    "PricePayload": ".price_payload",
    "PriceStockUpsertEvent": ".price_stock_upsert_event",
    "PriceStockUpsertEventData": ".price_stock_upsert_event_data",
    "PriceStockUpsertEventType": ".price_stock_upsert_event_type",
    "PricingConfiguration": ".pricing_configuration",
    "PricingConfigurationField": ".pricing_configuration_field",
    "PricingRequirementLevel": ".pricing_requirement_level",
    "ProductAttributeType": ".product_attribute_type",
    "ProductIdentifier": ".product_identifier",
    "ProductListAttribute": ".product_list_attribute",
    "ProductListAttributeValue": ".product_list_attribute_value",
    "ProductOfferBooleanAttribute": ".product_offer_boolean_attribute",
    "ProductOfferListAttribute": ".product_offer_list_attribute",
    "ProductOfferNumericAttribute": ".product_offer_numeric_attribute",
    "ProductOfferTextAttribute": ".product_offer_text_attribute",
    "ProductRequest": ".product_request",
    "ProductStatus": ".product_status",
    "ProductTextAttribute": ".product_text_attribute",
    "ProductType": ".product_type",
    "ProductTypeContext": ".product_type_context",
    "ProductTypeRule": ".product_type_rule",
    "ProductTypeRuleActionAll": ".product_type_rule_action_all",
    "ProductTypeRuleActionRedefineAttribute": ".product_type_rule_action_redefine_attribute",
    "ProductTypeRuleConditionAll": ".product_type_rule_condition_all",
    "ProductTypeRuleConditionAny": ".product_type_rule_condition_any",
    "ProductTypeRuleConditionEquals": ".product_type_rule_condition_equals",
    "ProductTypeRuleConditionIn": ".product_type_rule_condition_in",
    "ProductTypeRuleConditionIsSet": ".product_type_rule_condition_is_set",
    "ProductTypeRuleConditionNot": ".product_type_rule_condition_not",
    "ProductTypeRuleReference": ".product_type_rule_reference",
    "ProductUpsertAttribute": ".product_upsert_attribute",
    "ProductUpsertEvent": ".product_upsert_event",
    "ProductUpsertEventData": ".product_upsert_event_data",
    "ProductUpsertEventType": ".product_upsert_event_type",
    "QualitySuspensionReason": ".quality_suspension_reason",
    "RedefineAttributeActionPayload": ".redefine_attribute_action_payload",
    "RequestedDocumentType": ".requested_document_type",
    "RequirementLevel": ".requirement_level",
    "ReturnAcceptanceCommandEvent": ".return_acceptance_command_event",
    "ReturnAddress": ".return_address",
    "ReturnError": ".return_error",
    "ReturnErrorDetail": ".return_error_detail",
    "ReturnLineRequest": ".return_line_request",
    "ReturnReason": ".return_reason",
    "ReturnRejectionReason": ".return_rejection_reason",
    "ReturnRequest": ".return_request",
    "ReturnStatus": ".return_status",
    "ReturnSuccess": ".return_success",
    "ReturnTracking": ".return_tracking",
    "ReturnTrackingInformationUpdateCommandEvent": ".return_tracking_information_update_command_event",
    "SellerCentralizedStock": ".seller_centralized_stock",
    "SellerWarehouseStock": ".seller_warehouse_stock",
    "ShippingInfoRequest": ".shipping_info_request",
    "StandardOfferAttribute": ".standard_offer_attribute",
    "StandardPriceUpsert": ".standard_price_upsert",
    "StockType": ".stock_type",
    "StockUpsert": ".stock_upsert",
    "StoreFeature": ".store_feature",
    "StoreFeatureData": ".store_feature_data",
    "StoreManagementFeatureEvent": ".store_management_feature_event",
    "SubChannel": ".sub_channel",
    "SubChannelData": ".sub_channel_data",
    "SubChannelPrice": ".sub_channel_price",
    "SupportStatus": ".support_status",
    "TaxPayload": ".tax_payload",
    "TaxRequest": ".tax_request",
    "TaxonomyRuleRequest": ".taxonomy_rule_request",
    "TextAttribute": ".text_attribute",
    "Tracking": ".tracking",
    "UpdateActionRequest": ".update_action_request",
    "UpdateAnonymizeAfterRequest": ".update_anonymize_after_request",
    "UpdateAnonymizeAfterRequestItem": ".update_anonymize_after_request_item",
    "UpdateStoreCatalogItem": ".update_store_catalog_item",
    "UpdateStoreCatalogItemsRequest": ".update_store_catalog_items_request",
    "UploadOrderDocumentEntityEvent": ".upload_order_document_entity_event",
    "UploadOrderDocumentMetadata": ".upload_order_document_metadata",
    "UploadOrderDocumentRequest": ".upload_order_document_request",
    "UpsertActionType": ".upsert_action_type",
    "UpsertCarriersRequest": ".upsert_carriers_request",
    "UpsertOrdersRequest": ".upsert_orders_request",
    "UpsertReturnsRequest": ".upsert_returns_request",
    "UpsertReturnsResponse": ".upsert_returns_response",
    "UseCaseConfiguration": ".use_case_configuration",
    "UseCaseConfigurationAttributes": ".use_case_configuration_attributes",
    "UseCaseConfigurations": ".use_case_configurations",
    "Warehouse": ".warehouse",
}

__all__ = (
    "AcknowledgeReturnReceptionCommandEvent",
    "ActionError",
    "ActionErrorCode",
    "ActionStatus",
    "AddressRequest",
    "AdjustmentReason",
    "AdjustmentRequest",
    "AdjustmentType",
    "AttributeContext",
    "AttributeType",
    "BillingInfoRequest",
    "BooleanAttribute",
    "BusinessInformationInput",
    "CarrierRequest",
    "ChannelCatalogCapabilities",
    "CloseReturnCommandEvent",
    "ConfigurationMode",
    "ConnectStandardAttribute",
    "CustomAttributeBooleanRequest",
    "CustomAttributeDateRequest",
    "CustomAttributeListRequest",
    "CustomAttributeNumericRequest",
    "CustomAttributeStringRequest",
    "CustomAttributeType",
    "DeleteOrderDocumentRequest",
    "DeliveryDate",
    "DeliveryPartner",
    "Diagnostic",
    "DiagnosticOverrideAction",
    "DiscountPricePeriod",
    "DiscountPriceUpsert",
    "DocumentEntity",
    "DocumentEntityType",
    "DocumentOriginRequest",
    "DocumentType",
    "DocumentUploadCommandEvent",
    "EmbeddedDecimalAttribute",
    "EmbeddedIntegerAttribute",
    "EmbeddedListAttribute",
    "EmbeddedMediaAttribute",
    "EmbeddedTextAttribute",
    "EnableStatusFeatureConfigurationPayload",
    "EqualsRuleConditionPayload",
    "Error",
    "ErrorExtensions",
    "ErrorItem",
    "ErrorItemExtensions",
    "FeatureEnableStatus",
    "FeatureLinkStatus",
    "FulfillmentPartnerStock",
    "FulfillmentRequest",
    "FulfillmentType",
    "InRuleConditionPayload",
    "InventoryUpsert",
    "IsSetRuleConditionPayload",
    "KycStatus",
    "LinkStatusFeatureConfigurationPayload",
    "ListAttribute",
    "ListAttributeItem",
    "ListValue",
    "Localized",
    "MediaType",
    "Money",
    "NumericAttribute",
    "OfferAttributeType",
    "OfferConfiguration",
    "OfferStatus",
    "OfferUpsertEvent",
    "OfferUpsertEventData",
    "OfferUpsertEventType",
    "OrderAcceptanceCommandEvent",
    "OrderActionEvent",
    "OrderActionType",
    "OrderCancelationCommandEvent",
    "OrderLineAcceptancePayload",
    "OrderLineCancelationPayload",
    "OrderLineRefundPayload",
    "OrderLineRequest",
    "OrderRefundCommandEvent",
    "OrderRequest",
    "OrderShipmentCommandEvent",
    "OrderShipmentItemPayload",
    "OrderStatus",
    "OrderStatusReason",
    "OriginRequest",
    "Partner",
    "Price",
    "PricePayload",
    "PriceStockUpsertEvent",
    "PriceStockUpsertEventData",
    "PriceStockUpsertEventType",
    "PricingConfiguration",
    "PricingConfigurationField",
    "PricingRequirementLevel",
    "ProductAttributeType",
    "ProductIdentifier",
    "ProductListAttribute",
    "ProductListAttributeValue",
    "ProductOfferBooleanAttribute",
    "ProductOfferListAttribute",
    "ProductOfferNumericAttribute",
    "ProductOfferTextAttribute",
    "ProductRequest",
    "ProductStatus",
    "ProductTextAttribute",
    "ProductType",
    "ProductTypeContext",
    "ProductTypeRule",
    "ProductTypeRuleActionAll",
    "ProductTypeRuleActionRedefineAttribute",
    "ProductTypeRuleConditionAll",
    "ProductTypeRuleConditionAny",
    "ProductTypeRuleConditionEquals",
    "ProductTypeRuleConditionIn",
    "ProductTypeRuleConditionIsSet",
    "ProductTypeRuleConditionNot",
    "ProductTypeRuleReference",
    "ProductUpsertAttribute",
    "ProductUpsertEvent",
    "ProductUpsertEventData",
    "ProductUpsertEventType",
    "QualitySuspensionReason",
    "RedefineAttributeActionPayload",
    "RequestedDocumentType",
    "RequirementLevel",
    "ReturnAcceptanceCommandEvent",
    "ReturnAddress",
    "ReturnError",
    "ReturnErrorDetail",
    "ReturnLineRequest",
    "ReturnReason",
    "ReturnRejectionReason",
    "ReturnRequest",
    "ReturnStatus",
    "ReturnSuccess",
    "ReturnTracking",
    "ReturnTrackingInformationUpdateCommandEvent",
    "SellerCentralizedStock",
    "SellerWarehouseStock",
    "ShippingInfoRequest",
    "StandardOfferAttribute",
    "StandardPriceUpsert",
    "StockType",
    "StockUpsert",
    "StoreFeature",
    "StoreFeatureData",
    "StoreManagementFeatureEvent",
    "SubChannel",
    "SubChannelData",
    "SubChannelPrice",
    "SupportStatus",
    "TaxonomyRuleRequest",
    "TaxPayload",
    "TaxRequest",
    "TextAttribute",
    "Tracking",
    "UpdateActionRequest",
    "UpdateAnonymizeAfterRequest",
    "UpdateAnonymizeAfterRequestItem",
    "UpdateStoreCatalogItem",
    "UpdateStoreCatalogItemsRequest",
    "UploadOrderDocumentEntityEvent",
    "UploadOrderDocumentMetadata",
    "UploadOrderDocumentRequest",
    "UpsertActionType",
    "UpsertCarriersRequest",
    "UpsertOrdersRequest",
    "UpsertReturnsRequest",
    "UpsertReturnsResponse",
    "UseCaseConfiguration",
    "UseCaseConfigurationAttributes",
    "UseCaseConfigurations",
    "Warehouse",
)


if not TYPE_CHECKING:  # hidden from type checkers: they see the imports above, and flag unknown names

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

"""Contains all the data models used in inputs/outputs"""

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

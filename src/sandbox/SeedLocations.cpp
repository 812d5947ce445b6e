#include "sandbox/SeedLocations.h"

namespace cw::sandbox {
namespace {

struct Region {
    const char *name;
    const char *displayName;
    const char *geographyGroup;
    const char *geography;
    const char *physicalLocation;
    const char *latitude;
    const char *longitude;
    const char *paired;
};

// The regions of VmCatalog's isKnownLocation (the ones that answer VM sizes and versions).
constexpr Region kPhysical[] = {
    {"westeurope", "West Europe", "Europe", "Europe", "Netherlands", "52.3667", "4.9", "northeurope"},
    {"northeurope", "North Europe", "Europe", "Europe", "Ireland", "53.3478", "-6.2597", "westeurope"},
    {"uksouth", "UK South", "Europe", "United Kingdom", "London", "50.941", "-0.799", "ukwest"},
    {"eastus", "East US", "US", "United States", "Virginia", "37.3719", "-79.8164", "westus"},
    {"eastus2", "East US 2", "US", "United States", "Virginia", "36.6681", "-78.3889", "centralus"},
    {"centralus", "Central US", "US", "United States", "Iowa", "41.5908", "-93.6208", "eastus2"},
    {"westus2", "West US 2", "US", "United States", "Washington", "47.233", "-119.852", "westcentralus"},
    {"southeastasia", "Southeast Asia", "Asia Pacific", "Asia Pacific", "Singapore", "1.283", "103.833", "eastasia"},
};

} // namespace

Json seedLocations()
{
    Json list = Json::array();
    for (const Region &r : kPhysical) {
        list.push_back({{"name", r.name},
                        {"type", "Region"},
                        {"displayName", r.displayName},
                        {"regionalDisplayName", std::string("(") + r.geographyGroup + ") " + r.displayName},
                        {"metadata",
                         {{"regionType", "Physical"},
                          {"regionCategory", "Recommended"},
                          {"geography", r.geography},
                          {"geographyGroup", r.geographyGroup},
                          {"longitude", r.longitude},
                          {"latitude", r.latitude},
                          {"physicalLocation", r.physicalLocation},
                          {"pairedRegion", Json::array({{{"name", r.paired}}})}}}});
    }
    // Logical regions hold no resources of their own; Azure lists them all the same.
    for (const auto &[name, display] : {std::pair{"europe", "Europe"}, std::pair{"unitedstates", "United States"}}) {
        list.push_back({{"name", name},
                        {"type", "Region"},
                        {"displayName", display},
                        {"regionalDisplayName", display},
                        {"metadata", {{"regionType", "Logical"}, {"regionCategory", "Other"}}}});
    }
    return list;
}

} // namespace cw::sandbox

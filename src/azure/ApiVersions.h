#pragma once

// The api-versions Clusterwright speaks (see shared/azure-contract.md).
namespace cw::azure::apiversion {

inline constexpr auto kMachineLearning = "2022-10-01";    // Microsoft.MachineLearningServices
inline constexpr auto kContainerService = "2022-11-01";   // Microsoft.ContainerService managedClusters
inline constexpr auto kKubernetesConfiguration = "2022-11-01"; // Microsoft.KubernetesConfiguration extensions
inline constexpr auto kOrchestrators = "2019-08-01";      // .../locations/{loc}/orchestrators
inline constexpr auto kComputeUsages = "2023-03-01";    // Microsoft.Compute .../locations/{loc}/usages
inline constexpr auto kSubscriptions = "2020-01-01";      // /subscriptions
inline constexpr auto kLocations = "2022-12-01";          // /subscriptions/{id}/locations

} // namespace cw::azure::apiversion

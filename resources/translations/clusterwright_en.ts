<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cw::rules::Preflight</name>
    <message numerus="yes">
        <source>The authorized ranges do not include %n of Azure ML&apos;s control-plane range(s), e.g. %1; inference pods cannot be deployed.</source>
        <translation>
            <numerusform>The authorized ranges do not include %n of Azure ML&apos;s control-plane ranges, e.g. %1; inference pods cannot be deployed.</numerusform>
            <numerusform>The authorized ranges do not include %n of Azure ML&apos;s control-plane ranges, e.g. %1; inference pods cannot be deployed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>The certificate expires on %1, in %n day.</numerusform>
            <numerusform>The certificate expires on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::tls</name>
    <message numerus="yes">
        <source>The certificate file holds %n certificate(s).</source>
        <translation>
            <numerusform>The certificate file holds %n certificate.</numerusform>
            <numerusform>The certificate file holds %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Plan its renewal.</source>
        <translation>
            <numerusform>The certificate expires in %n day, on %1. Plan its renewal.</numerusform>
            <numerusform>The certificate expires in %n days, on %1. Plan its renewal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ClusterDetails</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): renew it (Re-attach to update).</source>
        <translation>
            <numerusform>The certificate expires in %n day: renew it (Re-attach to update).</numerusform>
            <numerusform>The certificate expires in %n days: renew it (Re-attach to update).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ClustersView</name>
    <message numerus="yes">
        <source>%n cluster(s); refreshed %1.</source>
        <translation>
            <numerusform>%n cluster; refreshed %1.</numerusform>
            <numerusform>%n clusters; refreshed %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingsList</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::VcpuMeter</name>
    <message numerus="yes">
        <source>%n node(s) of an unknown size: the vCPU total cannot be checked</source>
        <translation>
            <numerusform>%n node of an unknown size: the vCPU total cannot be checked</numerusform>
            <numerusform>%n nodes of an unknown size: the vCPU total cannot be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too small: at least %n node(s) of this size are needed.</source>
        <translation>
            <numerusform>Too small: at least %n node of this size is needed.</numerusform>
            <numerusform>Too small: at least %n nodes of this size are needed.</numerusform>
        </translation>
    </message>
</context>
</TS>

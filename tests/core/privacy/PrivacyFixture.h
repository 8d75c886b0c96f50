#pragma once

#include "core/crm/FieldRegistry.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/PrivacyConfiguration.h"

namespace confidant::test {

//! A complete, hand-built privacy configuration for the policy and ROPA tests (no vault needed):
//! three purposes, four processors (one transfer with SCCs, one without a safeguard), a controller
//! without a DPO, and a published English notice.
inline privacy::PrivacyConfiguration privacyFixture()
{
    using namespace privacy;
    PrivacyConfiguration c;
    c.language = QStringLiteral("en");
    c.controller.name = QStringLiteral("Nordlicht Optik GmbH");
    c.controller.address = QStringLiteral("Hafenstrasse 1\n20457 Hamburg\nGermany");
    c.controller.email = QStringLiteral("privacy@nordlicht.example");
    c.controller.phone = QStringLiteral("+49 40 555 0100");
    c.controller.supervisoryAuthority = QStringLiteral("Der Hamburgische Beauftragte fuer Datenschutz");
    c.controller.updatesAnnouncement = QStringLiteral("On our web site and by email to customers");

    const crm::FieldRegistry registry;
    for (const crm::FieldInfo& f : registry.fields()) {
        FieldSetting s;
        s.key = FieldSettingsService::keyOf(f);
        s.entity = f.entity;
        s.name = f.name;
        s.label = crm::FieldRegistry::label(f);
        s.category = f.category;
        s.personal = f.personal;
        s.optional = f.optional;
        s.special = s.key == QLatin1String("contact.notes");
        s.enabled = s.key != QLatin1String("contact.birthday");
        c.fields.append(s);
    }

    Purpose invoicing;
    invoicing.id = PurposeId {3};
    invoicing.uid = QStringLiteral("uid-invoicing");
    invoicing.name = QStringLiteral("Invoicing");
    invoicing.description = QStringLiteral("Invoices and the records of what we sold.");
    invoicing.basis = LawfulBasis::Contract;
    invoicing.fields
        = {QStringLiteral("contact.family"), QStringLiteral("contact.given"), QStringLiteral("contact.street")};
    Purpose newsletter;
    newsletter.id = PurposeId {1};
    newsletter.uid = QStringLiteral("uid-newsletter");
    newsletter.name = QStringLiteral("Newsletter");
    newsletter.basis = LawfulBasis::Consent;
    newsletter.directMarketing = true;
    newsletter.fields
        = {QStringLiteral("contact.email"), QStringLiteral("contact.given"), QStringLiteral("contact.birthday")};
    newsletter.retentionDays = 730;
    Purpose followUp;
    followUp.id = PurposeId {2};
    followUp.uid = QStringLiteral("uid-follow-up");
    followUp.name = QStringLiteral("Sales follow-up");
    followUp.basis = LawfulBasis::LegitimateInterests;
    followUp.legitimateInterest = QStringLiteral("Answering enquiries from prospects");
    followUp.fields = {QStringLiteral("contact.notes"), QStringLiteral("contact.phone")};
    followUp.retentionDays = 365;
    c.purposes = {invoicing, newsletter, followUp}; // by name, as load() sorts them

    Processor cloudy;
    cloudy.id = ProcessorId {1};
    cloudy.uid = QStringLiteral("p-cloudy");
    cloudy.name = QStringLiteral("Cloudy Inc");
    cloudy.role = ProcessorRole::Processor;
    cloudy.country = QStringLiteral("US");
    cloudy.safeguard = TransferSafeguard::Sccs;
    cloudy.safeguardNote = QStringLiteral("SCC module 2, 2021");
    cloudy.dpaSignedOn = QDate(2025, 2, 1);
    cloudy.purposes = {{followUp.id, followUp.uid, followUp.name}};
    Processor mailjet;
    mailjet.id = ProcessorId {2};
    mailjet.uid = QStringLiteral("p-mailjet");
    mailjet.name = QStringLiteral("Mailjet");
    mailjet.role = ProcessorRole::Processor;
    mailjet.country = QStringLiteral("FR");
    mailjet.dpaSignedOn = QDate(2024, 3, 1);
    mailjet.purposes = {{newsletter.id, newsletter.uid, newsletter.name}};
    Processor nowhere;
    nowhere.id = ProcessorId {3};
    nowhere.uid = QStringLiteral("p-nowhere");
    nowhere.name = QStringLiteral("Nowhere Ltd");
    nowhere.role = ProcessorRole::SubProcessor;
    nowhere.country = QStringLiteral("IN");
    nowhere.purposes = {{followUp.id, followUp.uid, followUp.name}};
    Processor meyer;
    meyer.id = ProcessorId {4};
    meyer.uid = QStringLiteral("p-meyer");
    meyer.name = QStringLiteral("Tax adviser Meyer");
    meyer.role = ProcessorRole::Recipient;
    meyer.country = QStringLiteral("DE");
    meyer.purposes = {{invoicing.id, invoicing.uid, invoicing.name}};
    c.processors = {cloudy, mailjet, nowhere, meyer};

    Notice notice;
    notice.uid = QStringLiteral("n-3");
    notice.language = QStringLiteral("en");
    notice.version = 3;
    notice.title = QStringLiteral("Privacy notice");
    notice.status = NoticeStatus::Published;
    notice.contentHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    notice.publishedAtMs = 1767225600000; // 2026-01-01
    c.notice = notice;
    return c;
}

} // namespace confidant::test

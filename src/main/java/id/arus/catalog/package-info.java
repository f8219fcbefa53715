/**
 * Service plans: what a subscriber buys (PPPoE, hotspot or static IP), its speed and burst as a RouterOS
 * rate limit, price and tax, billing cycle, templates. Plans are versioned so that a price or speed change
 * applies to new subscriptions and, only when staff choose, to existing ones. API: {@link id.arus.catalog.PlanCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package id.arus.catalog;

package id.arus.customer.internal;

import id.arus.customer.CustomerQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link CustomerQuery} into a WHERE condition over {@code customer c}. Text is matched with
 * {@code LIKE '%word%'} against {@code search_text}, which a pg_trgm GIN index serves for words of three
 * characters or more; every word must match. A number is matched in the stored {@code +62} form as well as
 * typed (so 0812..., 62812... and +62812... find the same customer, and 000123 still finds CUST-000123).
 */
record CustomerSearchSql(String condition, Map<String, Object> params) {

    /** Words beyond this are ignored: nobody types more, and each one adds a LIKE. */
    private static final int MAX_WORDS = 8;
    /** Services that no longer tie a customer to a NAS or a plan. */
    private static final String LIVE_SERVICE = "s.status not in ('TERMINATED', 'REJECTED')";

    static CustomerSearchSql of(CustomerQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            String number = MobileNumbers.searchForm(text);
            if (number != null) {
                String typed = text.replaceAll("[\\s.\\-()+]", "");
                params.put("w0", like(typed));
                params.put("w0n", like(number));
                conditions.add("(c.search_text like :w0 or c.search_text like :w0n)");
            } else {
                String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
                    params.put("w" + i, like(words[i]));
                    conditions.add("c.search_text like :w" + i);
                }
            }
        }
        if (query.status() != null) {
            params.put("status", query.status().name());
            conditions.add("c.status = :status");
        }
        if (query.category() != null && !query.category().isBlank()) {
            params.put("category", query.category());
            conditions.add("c.category = :category");
        }
        if (query.nasId() != null) {
            params.put("nas", query.nasId());
            conditions.add("exists (select 1 from customer_service s where s.customer_id = c.id and s.nas_id = :nas and "
                    + LIVE_SERVICE + ")");
        }
        if (query.planId() != null) {
            params.put("plan", query.planId());
            conditions.add("exists (select 1 from customer_service s where s.customer_id = c.id and s.plan_id = :plan and "
                    + LIVE_SERVICE + ")");
        }
        return new CustomerSearchSql(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    /** {@code %word%} with LIKE's own wildcards escaped, so "50%" or "a_b" match literally. */
    private static String like(String word) {
        String escaped = word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

package org.oicc.relations.delivery.query;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JCR-SQL2 statement and its bind variables. Client values only ever enter through
 * {@link #bind(Value)}; the text itself is assembled from definition names that passed
 * {@link QueryFields} and from fixed keywords.
 */
final class SqlStatement {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Value> bindings = new LinkedHashMap<>();
    private int numbered;

    SqlStatement append(String trusted) {
        text.append(trusted);
        return this;
    }

    /** @return the variable to write in the statement, {@code $v0}, {@code $v1}, ... */
    String bind(Value value) {
        return bind("v" + numbered++, value);
    }

    String bind(String name, Value value) {
        if (bindings.putIfAbsent(name, value) != null) {
            throw new IllegalStateException("bind variable $" + name + " used twice");
        }
        return "$" + name;
    }

    QueryResult execute(Session session) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(text.toString(), Query.JCR_SQL2);
        for (Map.Entry<String, Value> e : bindings.entrySet()) {
            query.bindValue(e.getKey(), e.getValue());
        }
        return query.execute();
    }

    Map<String, Value> bindings() {
        return Map.copyOf(bindings);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

package id.arus.workflow.internal;

import id.arus.identity.UserDirectory;
import id.arus.identity.UserSummary;
import id.arus.shared.Role;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's view of Arus's users: users are Arus accounts (active ones only), groups are the roles,
 * and there are no tenants. Read-only, so the cockpit cannot create users or change passwords, and
 * {@link #checkPassword} always fails: people sign in to Arus, never to the engine.
 *
 * <p>Queries filter in memory. That is cheap for group membership and single users (each one SQL
 * query); listing all users (the cockpit's admin screens) reads every account once per call.
 */
class ArusIdentityProvider implements ReadOnlyIdentityProvider {

    static final String GROUP_TYPE = "WORKFLOW";

    private final UserDirectory users;

    ArusIdentityProvider(UserDirectory users) {
        this.users = users;
    }

    @Override
    public User findUserById(String userId) {
        return activeUser(userId).map(ArusIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new ArusUserQuery(true);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new ArusUserQuery(false);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Arus's users are not in the engine's tables: no native user queries");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return Role.parse(groupId).filter(r -> r.name().equals(groupId)).map(ArusIdentityProvider::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new ArusGroupQuery(true);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new ArusGroupQuery(false);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(true);
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants(false);
    }

    @Override
    public void flush() {
        // nothing is written
    }

    @Override
    public void close() {
        // holds no resources: UserDirectory uses Spring's pooled connections
    }

    private Optional<UserSummary> activeUser(String userId) {
        return userId == null ? Optional.empty() : users.findByUsername(userId).filter(UserSummary::active);
    }

    /** Candidates for a user query, narrowed by the cheapest criterion first. */
    private Stream<UserSummary> candidates(UserQueryImpl query) {
        if (query.getId() != null) {
            return activeUser(query.getId()).stream();
        }
        if (query.getGroupId() != null) {
            return Role.parse(query.getGroupId()).filter(r -> r.name().equals(query.getGroupId()))
                    .map(users::findByRole).orElse(List.of()).stream();
        }
        return users.findAll().stream().filter(UserSummary::active);
    }

    private Stream<UserSummary> matching(UserQueryImpl q) {
        if (q.getTenantId() != null) {
            return Stream.empty();
        }
        Predicate<UserSummary> p = u -> true;
        if (q.getIds() != null) {
            List<String> ids = Arrays.asList(q.getIds());
            p = p.and(u -> ids.contains(u.username()));
        }
        if (q.getGroupId() != null) {
            p = p.and(u -> u.roles().stream().anyMatch(r -> r.name().equals(q.getGroupId())));
        }
        if (q.getFirstName() != null) {
            p = p.and(u -> q.getFirstName().equals(firstName(u)));
        }
        if (q.getFirstNameLike() != null) {
            p = p.and(u -> like(firstName(u), q.getFirstNameLike()));
        }
        if (q.getLastName() != null) {
            p = p.and(u -> q.getLastName().equals(lastName(u)));
        }
        if (q.getLastNameLike() != null) {
            p = p.and(u -> like(lastName(u), q.getLastNameLike()));
        }
        if (q.getEmail() != null) {
            p = p.and(u -> q.getEmail().equalsIgnoreCase(u.email()));
        }
        if (q.getEmailLike() != null) {
            p = p.and(u -> like(u.email(), q.getEmailLike()));
        }
        return candidates(q).filter(p).sorted(Comparator.comparing(UserSummary::username));
    }

    private Stream<Role> matching(GroupQueryImpl q) {
        if (q.getTenantId() != null) {
            return Stream.empty();
        }
        Stream<Role> roles = Arrays.stream(Role.values());
        if (q.getUserId() != null) {
            roles = activeUser(q.getUserId()).map(u -> u.roles().stream()).orElse(Stream.empty());
        }
        Predicate<Role> p = r -> true;
        if (q.getId() != null) {
            p = p.and(r -> r.name().equals(q.getId()));
        }
        if (q.getIds() != null) {
            List<String> ids = Arrays.asList(q.getIds());
            p = p.and(r -> ids.contains(r.name()));
        }
        if (q.getName() != null) {
            p = p.and(r -> r.name().equals(q.getName()));
        }
        if (q.getNameLike() != null) {
            p = p.and(r -> like(r.name(), q.getNameLike()));
        }
        if (q.getType() != null) {
            p = p.and(r -> GROUP_TYPE.equals(q.getType()));
        }
        return roles.filter(p).sorted();
    }

    private static <T> List<T> page(Stream<T> all, Page page) {
        if (page == null) {
            return all.toList();
        }
        return all.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
    }

    /** SQL LIKE with {@code %} wildcards, as the engine's queries pass them. */
    static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("%", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return value.toLowerCase().matches(regex.toString().toLowerCase());
    }

    static String firstName(UserSummary u) {
        String name = u.fullName() == null ? "" : u.fullName().trim();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    static String lastName(UserSummary u) {
        String name = u.fullName() == null ? "" : u.fullName().trim();
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1).trim();
    }

    static User toUser(UserSummary u) {
        UserEntity user = new UserEntity(u.username());
        user.setFirstName(firstName(u));
        user.setLastName(lastName(u));
        user.setEmail(u.email());
        return user;
    }

    static Group toGroup(Role role) {
        GroupEntity group = new GroupEntity(role.name());
        group.setName(role.name());
        group.setType(GROUP_TYPE);
        return group;
    }

    private static ArusIdentityProvider provider(CommandContext context) {
        return (ArusIdentityProvider) context.getReadOnlyIdentityProvider();
    }

    /** Queries created outside a command run their own command when listed; those created inside run in it. */
    private static final class ArusUserQuery extends UserQueryImpl {

        ArusUserQuery(boolean standalone) {
            super(standalone ? Context.getProcessEngineConfiguration().getCommandExecutorTxRequired() : null);
        }

        @Override
        public long executeCount(CommandContext context) {
            return provider(context).matching(this).count();
        }

        @Override
        public List<User> executeList(CommandContext context, Page page) {
            return page(provider(context).matching(this).map(ArusIdentityProvider::toUser), page);
        }
    }

    private static final class ArusGroupQuery extends GroupQueryImpl {

        ArusGroupQuery(boolean standalone) {
            super(standalone ? Context.getProcessEngineConfiguration().getCommandExecutorTxRequired() : null);
        }

        @Override
        public long executeCount(CommandContext context) {
            return provider(context).matching(this).count();
        }

        @Override
        public List<Group> executeList(CommandContext context, Page page) {
            return page(provider(context).matching(this).map(ArusIdentityProvider::toGroup), page);
        }
    }

    private static final class NoTenants extends TenantQueryImpl {

        NoTenants(boolean standalone) {
            super(standalone ? Context.getProcessEngineConfiguration().getCommandExecutorTxRequired() : null);
        }

        @Override
        public long executeCount(CommandContext context) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext context, Page page) {
            return List.of();
        }
    }
}

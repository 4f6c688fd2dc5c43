-- Accounts at an identity provider (OpenID Connect) that sign in as a Mizani user. The provider's
-- subject is stable where the e-mail address may change; one user may be known to several providers.
create table user_sign_in_identity (
    issuer        varchar(500) not null,
    subject       varchar(255) not null,
    user_id       uuid         not null references app_user (id) on delete cascade,
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz  not null default now(),
    primary key (issuer, subject)
);
create index user_sign_in_identity_user_ix on user_sign_in_identity (user_id);

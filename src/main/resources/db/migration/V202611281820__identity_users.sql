create table app_user (
    id                   uuid primary key,
    email                varchar(254) not null,
    full_name            varchar(200) not null,
    phone                varchar(40),
    institution_id       uuid references institution (id),
    roles                varchar(40)[] not null,
    preferred_language   varchar(2)   not null default 'sw',
    active               boolean      not null default true,
    password_hash        varchar(200),
    password_changed_at  timestamptz,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    mfa_secret           varchar(300),
    mfa_enabled          boolean      not null default false,
    mfa_last_step        bigint,
    last_sign_in_at      timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint app_user_has_role check (cardinality(roles) > 0)
);
create unique index app_user_email_uq on app_user (lower(email));
create index app_user_institution_ix on app_user (institution_id);

-- Single-use MFA recovery codes, stored as SHA-256 hashes (they are random, so no slow hash is needed).
create table mfa_recovery_code (
    user_id    uuid        not null references app_user (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- Single-use links sent by e-mail: password reset and invitation (set your first password).
create table account_link (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  char(64)    not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- Personal API tokens: shown once, stored hashed, expiring and revocable.
create table api_token (
    id            uuid primary key,
    user_id       uuid         not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,
    prefix        varchar(16)  not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_ix on api_token (user_id);

import { ScrollRegion } from '../../components/ScrollRegion';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ROLE_LABELS } from '../../auth/roles';
import { ButtonLink } from '../../components/ButtonLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { Tag } from '../../components/Tag';
import { TextInput } from '../../components/TextInput';
import type { User } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { USERS_PAGE_SIZE, useUsers } from './queries';
import { unionName } from './unions';

function UsersTable({ users }: { users: User[] }) {
  return (
    <ScrollRegion label="Users">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Users</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Username</th>
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Roles</th>
            <th scope="col" className="govuk-table__header">Union</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr className="govuk-table__row" key={user.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/users/${user.id}`}>
                  {user.username}
                </Link>
              </td>
              <td className="govuk-table__cell">{user.displayName}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list app-tag-list">
                  {[...user.roles].map((role) => (
                    <li key={role}>
                      <Tag text={ROLE_LABELS[role]} colour="blue" />
                    </li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">{user.union ? unionName(user.union) : ''}</td>
              <td className="govuk-table__cell">
                {user.enabled ? <Tag text="Active" colour="green" /> : <Tag text="Disabled" colour="grey" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function UsersPage() {
  usePageTitle('Users');
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const page = pageFromSearchParams(searchParams);
  const [search, setSearch] = useState(q);
  const users = useUsers(q, page);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(search.trim() ? { q: search.trim() } : {});
  };
  const hrefFor = (p: number) => `/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) }).toString()}`;

  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <ButtonLink to="/users/new" text="Add a user" />
      <form noValidate onSubmit={submit} role="search" aria-label="Search users" className="app-search">
        <TextInput id="q" label="Search by username or name" type="search" value={search} onChange={setSearch} widthClass="govuk-!-width-one-half" />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>
      {users.data ? (
        <>
          {users.data.items.length === 0 ? <p className="govuk-body">No users match your search.</p> : <UsersTable users={users.data.items} />}
          <Pagination page={page} size={USERS_PAGE_SIZE} totalItems={users.data.totalItems} hrefFor={hrefFor} />
        </>
      ) : (
        <QueryState isPending={users.isPending} error={users.error} />
      )}
    </>
  );
}

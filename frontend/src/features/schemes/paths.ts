export const schemePaths = {
  list: '/schemes',
  scheme: (schemeId: string) => `/schemes/${schemeId}`,
  edit: (schemeId: string) => `/schemes/${schemeId}/edit`,
  retire: (schemeId: string) => `/schemes/${schemeId}/retire`,
};
